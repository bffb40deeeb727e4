using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Devices;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Circuits.Tests.Periphery;

/// <summary>One engine and one coarse characterisation per module, shared by the periphery tests.</summary>
public sealed class PeripheryFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<CharacterisationResult>> results = new(StringComparer.Ordinal);

    public PeripheryFixture()
    {
        Engine = new NgspiceEngine(maxConcurrentRuns: 2);
        Simulator = new NgspiceBenchSimulator(Engine, TimeSpan.FromMinutes(2));
        Card = DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, "cmos-180nm.json"));
    }

    public NgspiceEngine Engine { get; }

    public NgspiceBenchSimulator Simulator { get; }

    public DeviceCard Card { get; }

    public PeripheryProcess Process(PeripheryModule module) => PeripheryProcess.Resolve(Card, module.Name, module.Requirements);

    /// <summary>The coarse characterisation of <paramref name="name"/> (computed once).</summary>
    public CharacterisationResult Coarse(string name) => results.GetOrAdd(name, n => new Lazy<CharacterisationResult>(() =>
    {
        var module = PeripheryModules.Find(n) ?? throw new ArgumentException(n);
        return PeripheryCharacteriser.Run(module, Process(module), Simulator, coarse: true);
    })).Value;

    public void Dispose() => Engine.Dispose();
}
