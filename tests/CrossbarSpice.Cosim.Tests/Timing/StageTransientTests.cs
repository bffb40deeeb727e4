using CrossbarSpice.Cosim.Timing;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Cosim.Tests.Timing;

/// <summary>The stage transient on decks whose answers are known in closed form: an RC low-pass and a resistive load.</summary>
public sealed class StageTransientTests
{
    private const double Ohms = 1000;
    private const double Farads = 1e-9; // τ = 1 µs

    private static readonly TransientSettings Settings = new() { SlotSeconds = 10e-6, MaxSlotSeconds = 10e-6, PointsPerSlot = 2000, RiseSeconds = 1e-11 };

    [Fact]
    public void RcStep_SettlesAfterTauTimesLnOfStepOverBand_Within1Percent()
    {
        var deck = SpiceNetlistReader.Read($"rc\nVin in 0 DC 0\nR1 in out {Ohms}\nC1 out 0 {Farads}\n.op\n.end\n", "rc.cir");
        using var engine = new NgspiceEngine();

        // Lane 0 steps 0 → 1 V from the reset state, lane 1 steps 1 → 0.5 V: settle = τ·ln(|step| / band).
        var result = StageTransient.Run(deck, ["Vin"], ["out"], [[1.0], [0.5]], [[1.0], [0.5]], Settings, engine);

        var tau = Ohms * Farads;
        double[] expected = [tau * Math.Log(1.0 / 1e-3), tau * Math.Log(0.5 / 1e-3)];
        for (var lane = 0; lane < 2; lane++)
        {
            Assert.True(result.Settled(lane));
            var settle = result.SettleSeconds(lane);
            Assert.True(Math.Abs(settle - expected[lane]) <= 0.01 * expected[lane], $"lane {lane}: {settle:R} s, expected {expected[lane]:R} s");
        }

        Assert.Equal(1.0, result.FinalVolts(0)[0], 3);
    }

    [Fact]
    public void RcStep_TooShortASlot_IsDoubledUntilItSettles()
    {
        var deck = SpiceNetlistReader.Read($"rc\nVin in 0 DC 0\nR1 in out {Ohms}\nC1 out 0 {Farads}\n.op\n.end\n", "rc.cir");
        using var engine = new NgspiceEngine();
        var settings = Settings with { SlotSeconds = 2e-6, MaxSlotSeconds = 16e-6, PointsPerSlot = 400 };

        var result = StageTransient.Run(deck, ["Vin"], ["out"], [[1.0]], [[1.0]], settings, engine);

        // 6.9 µs needs a slot of at least 6.9 / 0.8 µs: 2 → 4 → 8 → 16 µs.
        Assert.Equal(16e-6, result.SlotSeconds(0), 12);
        Assert.True(result.Settled(0));
    }

    [Fact]
    public void ResistiveLoad_EnergyIsVSquaredOverRTimesTheWindow()
    {
        var deck = SpiceNetlistReader.Read($"load\nVin in 0 DC 0\nVdd vdd 0 DC 2\nRload in 0 {Ohms}\nRdd vdd 0 {2 * Ohms}\n.op\n.end\n", "load.cir");
        using var engine = new NgspiceEngine();

        var result = StageTransient.Run(deck, ["Vin"], ["in"], [[1.0], [3.0]], null, Settings, engine);

        // Lane 0: 1 V on 1 kΩ plus the 2 V supply on 2 kΩ (2 mW) = 3 mW; lane 1: 9 mW + 2 mW. Beyond the 10 µs slot the
        // settled power is held.
        Assert.Equal(3e-3 * 5e-6, result.Joules(0, 5e-6), 1e-13);
        Assert.Equal(11e-3 * 5e-6, result.Joules(1, 5e-6), 1e-13);
        Assert.Equal(11e-3 * 15e-6, result.Joules(1, 15e-6), 1e-12);
    }

    [Fact]
    public void RcLanes_RunTwiceInRunsOfTwo_GiveTheSameBits()
    {
        var deck = SpiceNetlistReader.Read($"rc\nVin in 0 DC 0\nR1 in out {Ohms}\nC1 out 0 {Farads}\n.op\n.end\n", "rc.cir");
        using var engine = new NgspiceEngine();
        var settings = Settings with { LanesPerRun = 2, PointsPerSlot = 200 };
        double[][] lanes = [[0.2], [0.9], [0.4], [0.7], [0.1]];

        var first = StageTransient.Run(deck, ["Vin"], ["out"], lanes, lanes, settings, engine);
        var second = StageTransient.Run(deck, ["Vin"], ["out"], lanes, lanes, settings, engine);

        for (var lane = 0; lane < lanes.Length; lane++)
        {
            Assert.Equal(first.SettleSeconds(lane), second.SettleSeconds(lane));
            Assert.Equal(first.Joules(lane, 5e-6), second.Joules(lane, 5e-6));
        }

        // Lane 2 starts a run (from the reset state, 0 → 0.4 V), lane 1 does not (0.2 → 0.9 V): τ·ln(0.4/1e-3) vs τ·ln(0.7/1e-3).
        Assert.Equal(Ohms * Farads * Math.Log(400), first.SettleSeconds(2), 1e-8);
        Assert.Equal(Ohms * Farads * Math.Log(700), first.SettleSeconds(1), 1e-8);
    }

    [Fact]
    public void SettleTime_OfASampledExponential_InterpolatesTheBandCrossing()
    {
        var times = Enumerable.Range(0, 101).Select(k => k * 0.1).ToArray();
        var volts = times.Select(t => 1 - Math.Exp(-t)).ToArray();

        // 1 − e^(−t) enters ±0.01 of 1 at t = ln 100 = 4.605 (between samples 46 and 47).
        Assert.Equal(Math.Log(100), SettleTime.Seconds(times, volts, 0, 100, 0.01, 1.0), 2);
        Assert.Equal(0.0, SettleTime.Seconds(times, [.. times.Select(_ => 1.0)], 0, 100, 0.01));
        Assert.Equal(10.0, SettleTime.Seconds(times, volts, 0, 100, 1e-9, 2.0));
        Assert.Throws<ArgumentException>(() => SettleTime.Seconds(times, volts, 0, 100, 0.0));
    }
}
