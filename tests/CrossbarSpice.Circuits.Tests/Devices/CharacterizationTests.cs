using CrossbarSpice.Circuits.Devices;
using CrossbarSpice.Devices.IvModels;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Circuits.Tests.Devices;

/// <summary>I–V loops of the dynamic models, against docs/circuits.md §10 (ngspice CLI runs of memristors.sub).</summary>
public sealed class CharacterizationTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Run_VteamSeed001OneVoltSine_LoopPinchedAndStateWithinBounds()
    {
        var card = Card("vteam-seed001.json");

        var summary = Run(card, CharacterizationSettings.DefaultFor(card));

        Assert.True(summary.IsPinched, $"|I| near V = 0 is {summary.MaxCurrentNearZeroAmperes} A, limit {summary.PinchLimitAmperes} A");
        // x = (w − won)/(woff − won) ∈ [0, 1] ⇔ w ∈ [won, woff]; 1e-12 allows the solver's round-off.
        Assert.InRange(summary.StateMin, -1e-12, 1 + 1e-12);
        Assert.InRange(summary.StateMax, -1e-12, 1 + 1e-12);
        Assert.True(summary.RawStateMin > -0.01 && summary.RawStateMax < 1.01, "integrated state strayed more than 1 % past a bound");
        // docs/circuits.md §10.2, 5 MHz: R spans 50…988 Ω.
        Assert.InRange(summary.MinResistanceOhms, 50 * (1 - 1e-9), 60);
        Assert.InRange(summary.MaxResistanceOhms, 900, 1000);
    }

    [Fact]
    public void Run_VteamAtSeedFrequency50MHz_OffSwitchingPartial()
    {
        var card = Card("vteam-seed001.json");

        var summary = Run(card, CharacterizationSettings.DefaultFor(card) with { FrequencyHertz = 50e6 });

        // docs/circuits.md §10.2, 50 MHz: R spans 50…574 Ω.
        Assert.True(summary.IsPinched);
        Assert.InRange(summary.MaxResistanceOhms, 500, 650);
    }

    [Theory]
    [InlineData("hp-joglekar.json")]
    [InlineData("hp-biolek.json")]
    public void Run_LinearIonDrift_LoopPinchedAndStateWithinBounds(string file)
    {
        var card = Card(file);

        var summary = Run(card, CharacterizationSettings.DefaultFor(card));

        Assert.True(summary.IsPinched);
        // x = (w − won)/(woff − won) ∈ [0, 1] ⇔ w ∈ [won, woff]; 1e-12 allows the solver's round-off.
        Assert.InRange(summary.StateMin, -1e-12, 1 + 1e-12);
        Assert.InRange(summary.StateMax, -1e-12, 1 + 1e-12);
        Assert.True(summary.StateMax - summary.StateMin > 0.1, "the state hardly moved");
    }

    [Fact]
    public void Run_ThresholdModelBelowThreshold_StateUnchanged()
    {
        var card = Card("ag-au-mose2-se.json");
        var model = Assert.IsType<ThresholdIvModel>(card.IvModel);
        card = card with { IvModel = model with { InitialState = 0.5 } };
        var settings = CharacterizationSettings.DefaultFor(card) with { AmplitudeVolts = 0.95 * Math.Min(model.PositiveThresholdVolts, -model.NegativeThresholdVolts) };

        var summary = Run(card, settings);

        Assert.Equal(0.5, summary.StateMin, 1e-9);
        Assert.Equal(0.5, summary.StateMax, 1e-9);
    }

    [Fact]
    public void Run_ThresholdModelAboveThreshold_SetsAndResets()
    {
        var card = Card("ag-au-mose2-se.json");

        var summary = Run(card, CharacterizationSettings.DefaultFor(card));

        Assert.True(summary.IsPinched);
        Assert.True(summary.StateMax > 0.9, $"SET reached only x = {summary.StateMax}");
        Assert.InRange(summary.StateMin, 0, 0.1);
    }

    [Fact]
    public void Run_StaticModel_CurrentIsVTimesGmaxWithin1e9()
    {
        var card = Card("ti-alox-taox-pt.json");
        var (netlist, analysis) = CharacterizationBench.Build(card, CharacterizationSettings.DefaultFor(card));

        var result = fixture.Engine.Run(new SimulationRequest(netlist, analysis));

        var volts = result[$"v({CharacterizationBench.Node})"].Values;
        var amperes = result[$"i({CharacterizationBench.Source})"].Values;
        for (var k = 0; k < volts.Count; k++)
        {
            Assert.Equal(volts[k] * card.GmaxSiemens, -amperes[k], 1e-9 * Math.Abs(volts[k] * card.GmaxSiemens) + 1e-18);
        }
    }

    private LoopRun Run(MemristorCard card, CharacterizationSettings settings)
    {
        var (netlist, analysis) = CharacterizationBench.Build(card, settings);
        var result = fixture.Engine.Run(new SimulationRequest(netlist, analysis));
        var amperes = result[$"i({CharacterizationBench.Source})"].Values.Select(i => -i).ToList();
        var summary = HysteresisLoopSummary.From(result[$"v({CharacterizationBench.Node})"].Values, amperes, result[CharacterizationBench.StateVector].Values);
        var raw = result[CharacterizationBench.RawStateVector].Values;
        return new LoopRun(summary, raw.Min(), raw.Max());
    }

    private sealed record LoopRun(HysteresisLoopSummary Summary, double RawStateMin, double RawStateMax)
    {
        public bool IsPinched => Summary.IsPinched;

        public double MaxCurrentNearZeroAmperes => Summary.MaxCurrentNearZeroAmperes;

        public double PinchLimitAmperes => Summary.PinchLimitAmperes;

        public double StateMin => Summary.StateMin;

        public double StateMax => Summary.StateMax;

        public double MinResistanceOhms => Summary.MinResistanceOhms;

        public double MaxResistanceOhms => Summary.MaxResistanceOhms;
    }

    private static MemristorCard Card(string file) => DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, file));
}
