using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Circuits.Tests;

/// <summary>One ngspice engine shared by a test class.</summary>
public sealed class EngineFixture : IDisposable
{
    public NgspiceEngine Engine { get; } = new(maxConcurrentRuns: 4);

    public void Dispose() => Engine.Dispose();
}
