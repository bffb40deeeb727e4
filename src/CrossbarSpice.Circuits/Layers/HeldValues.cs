namespace CrossbarSpice.Circuits.Layers;

/// <summary>Values a layer holds on sample-and-holds between its steps.</summary>
/// <param name="Count">How many values (one sample-and-hold each).</param>
/// <param name="Basis">How they were counted.</param>
public sealed record HeldValues(long Count, string Basis);
