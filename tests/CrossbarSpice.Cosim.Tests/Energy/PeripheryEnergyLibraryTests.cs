using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>The ngspice energy integration the report uses, on a circuit with an analytic answer.</summary>
public sealed class PeripheryEnergyLibraryTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("crossbarspice-energy-cache-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Theory]
    [InlineData(1e3)]
    [InlineData(47e3)]
    public void Measure_ResistorAcrossSupply_EnergyIsVSquaredOverRTimesWindowBothSimulatedAndCached(double ohms)
    {
        // Analytic: a resistor R across a constant VDD dissipates VDD²/R; over the 100 ns operation window (the
        // output never moves, so the window is the 100 ns minimum) that is VDD²/R · 100 ns.
        var card = DeviceCardReader.Read(RepositoryRoot.Combine("device-cards", "cmos-180nm.json"));
        var module = new ResistorModule(ohms);
        var library = new PeripheryEnergyLibrary(card, null, cache);
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        var simulator = new NgspiceBenchSimulator(engine);
        var expected = 1.8 * 1.8 / ohms * 100e-9;

        var simulated = library.Measure([module], simulator, 1)[module.Name];
        Assert.Equal([module.Name], library.Simulated);
        var cached = library.Measure([module], simulator, 1)[module.Name];
        Assert.Empty(library.Simulated);

        foreach (var e in new[] { simulated, cached })
        {
            Assert.Equal(100e-9, e.WindowSeconds, tolerance: 1e-20);
            Assert.True(Math.Abs(e.EnergyJoules - expected) <= 1e-6 * expected, $"{e.EnergyJoules} J vs V²/R·t = {expected} J");
            Assert.True(Math.Abs(e.StaticWatts - (1.8 * 1.8 / ohms)) <= 1e-6 * 1.8 * 1.8 / ohms, $"{e.StaticWatts} W");
            Assert.True(Math.Abs(e.JoulesFor(50e-9) - (expected / 2)) <= 1e-6 * expected, "a 50 ns read costs half");
        }

        Assert.Equal(simulated.EnergyJoules, cached.EnergyJoules);
    }

    [Fact]
    public void Integrate_ConstantPowerFromTapAndInput_TrapezoidIsExact()
    {
        // Analytic: tap at 2 V delivering 1 mA (ngspice current −1 mA) plus 0.5 mW from the input, for 100 ns.
        double[] time = [0, 5e-9, 10e-9, 60e-9, 110e-9, 150e-9];
        var current = time.Select(_ => -1e-3).ToArray();
        var input = time.Select(_ => 0.5e-3).ToArray();

        var (staticWatts, joules) = PeripheryCharacteriser.Integrate(time, [2.0], [current], input, 0, 100e-9);

        Assert.Equal(2.5e-3, staticWatts, tolerance: 1e-18);
        Assert.Equal(2.5e-3 * 100e-9, joules, tolerance: 1e-24);
    }
}
