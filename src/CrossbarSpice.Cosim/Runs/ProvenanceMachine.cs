namespace CrossbarSpice.Cosim.Runs;

/// <summary>The machine a run ran on.</summary>
/// <param name="Cores">Logical processors.</param>
/// <param name="Os">The operating system's description.</param>
/// <param name="Architecture">The processor architecture, e.g. <c>x64</c>.</param>
/// <param name="Runtime">The .NET runtime, e.g. <c>.NET 10.0.0</c>.</param>
public sealed record ProvenanceMachine(int Cores, string Os, string Architecture, string Runtime);
