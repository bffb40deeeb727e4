namespace CrossbarSpice.Simulation.Engine;

/// <summary>Progress of a running analysis.</summary>
/// <param name="Analysis">Analysis name as the simulator reports it ("tran", "dc", "op").</param>
/// <param name="Percent">Percent done, 0–100.</param>
public readonly record struct SimulationProgress(string Analysis, double Percent);
