using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Simulation.Tests.Support;

/// <summary>One engine shared by a test class (library copies are pooled across its tests).</summary>
public sealed class EngineFixture : IDisposable
{
    /// <summary>The shared engine, up to 4 concurrent runs.</summary>
    public NgspiceEngine Engine { get; } = new(maxConcurrentRuns: 4);

    /// <inheritdoc />
    public void Dispose() => Engine.Dispose();
}
