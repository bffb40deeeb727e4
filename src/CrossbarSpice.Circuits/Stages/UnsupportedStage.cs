namespace CrossbarSpice.Circuits.Stages;

/// <summary>A layer the circuit path has no periphery circuit for yet; the levels that need circuits reject it.</summary>
/// <param name="Layers">The layer.</param>
/// <param name="Reason">Why, for the manifest and the error message.</param>
public sealed record UnsupportedStage(IReadOnlyList<string> Layers, string Reason) : CircuitStage(Layers, string.Empty, [], [])
{
    /// <inheritdoc />
    public override string? PeripheryNote => Reason;
}
