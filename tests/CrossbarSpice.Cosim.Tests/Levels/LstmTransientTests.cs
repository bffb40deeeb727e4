using System.Globalization;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// The full-transient LSTM option (docs/lstm-circuit.md): one ngspice transient of a 4-step sequence through the
/// compiled cell (x [4, 3] → lstm H = 2, weights uniform ±1) with master–slave sample-and-holds and a two-phase
/// clock, against the step-by-step DC spice level on the same design and inputs and against float64.
/// </summary>
public sealed class LstmTransientTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-lstmtran-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(LstmSigmoid.General, 0.18)]
    [InlineData(LstmSigmoid.SixTransistor, 0.15)]
    public void Transient_FourSteps_FollowsTheStepByStepSpiceLevelAndFloat64(LstmSigmoid sigmoid, double floatTolerance)
    {
        // Default timing: period 4 µs (evaluate 2.4 µs, φS 2.4–3 µs, φT 3.2–3.8 µs), 1 pF holds, ideal switches, CMOS
        // followers. Measured (general / six-transistor): max |Δh| vs the DC spice level 1.9 / 1.5 mV per unit, of which
        // the hold (slave at the period's end vs the cell's output at the end of φS) 0.33 / 0.36 mV — the followers'
        // offsets; one DC step from the transient's own held h, c vs the transient's h at φS and held c: 1.5 / 2.0 mV
        // per unit (the row and c drivers' offsets, c at 0.5 V/unit). Bound 5 mV per unit. This small cell settles by
        // 1 µs already (same 1.9 mV); shorter periods do not: 0.4 µs 1.3 mV, 0.2 µs 25 mV, 0.1 µs 100 mV (general).
        // Against float64 the bounds of the existing sequence test (CharacterisedLevel_SixStepSequences_FollowFloat64):
        // 0.18 / 0.15 units (measured 0.119 / 0.066, as the DC spice level itself).
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, 1.0, 5, sigmoid);
        var cell = ((LstmStage)design.Stages[0]).Cells[0];
        var random = new Random(23);
        var sequence = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 3).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        var flat = sequence.SelectMany(x => x).ToArray();
        using var spice = new SpiceEvaluator(design.Compiled.Manifest, design.Folder, new NgspiceEngine(), 400);
        using var level = new StagedLevel(design.Graph, design.Stages, new SpiceEvaluator(design.Compiled.Manifest, design.Folder, new NgspiceEngine(), 400));
        var stepwise = level.Forward([flat], CancellationToken.None)[0][0];
        var reference = new ReferenceNetwork(design.Graph).Forward(flat)["rnn"].Values.ToArray();

        var transient = LstmTransientRunner.Run(design.Folder, cell, sequence, new NgspiceEngine());

        // One DC step from the transient's own held values (h_{t−1}, c_{t−1} of the previous period; 0 at the start).
        var lanes = Enumerable.Range(0, 4).Select(n => (double[])[.. sequence[n], .. n == 0 ? new double[4] : [.. transient.Hidden[n - 1], .. transient.Cell[n - 1]]]).ToList();
        var fromHeld = spice.Evaluate(cell, lanes, CancellationToken.None);
        double worstSpice = 0, worstFloat = 0, worstHold = 0, worstStep = 0;
        for (var n = 0; n < 4; n++)
        {
            for (var k = 0; k < 2; k++)
            {
                var (h, dc, f) = (transient.Hidden[n][k], stepwise[(2 * n) + k], reference[(2 * n) + k]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"step {n} h[{k}]: transient {h:F5} (cell output at φS {transient.SampledHidden[n][k]:F5}, c {transient.Cell[n][k]:F5}), DC spice {dc:F5}, float64 {f:F5}"));
                Close.Assert(dc, h, 0, 5e-3, $"step {n} h[{k}] transient vs DC spice");
                Close.Assert(f, h, 0, floatTolerance, $"step {n} h[{k}] transient vs float64");
                Close.Assert(fromHeld[n][2][k], transient.SampledHidden[n][k], 0, 5e-3, $"step {n} h[{k}] at φS vs one DC step from the held values");
                Close.Assert(fromHeld[n][1][k], transient.Cell[n][k], 0, 5e-3, $"step {n} c[{k}] held vs one DC step from the held values");
                worstSpice = Math.Max(worstSpice, Math.Abs(h - dc));
                worstFloat = Math.Max(worstFloat, Math.Abs(h - f));
                worstHold = Math.Max(worstHold, Math.Abs(h - transient.SampledHidden[n][k]));
                worstStep = Math.Max(worstStep, Math.Max(Math.Abs(fromHeld[n][2][k] - transient.SampledHidden[n][k]), Math.Abs(fromHeld[n][1][k] - transient.Cell[n][k])));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sigmoid}: max |Δh| transient vs DC spice {worstSpice:F5}, vs float64 {worstFloat:F5}; hold vs φS output {worstHold:F5}; one DC step from held h, c vs transient {worstStep:F5}; ngspice {transient.Elapsed.TotalSeconds:F1} s"));
    }

    [Fact]
    public void Deck_ReplacesTheInputSourcesAndClocksTwoNonOverlappingPhases()
    {
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, 1.0, 5, LstmSigmoid.General);
        var cell = ((LstmStage)design.Stages[0]).Cells[0];
        var stepDeck = SpiceNetlistReader.ReadFile(Path.Combine(design.Folder, cell.Deck));
        var timing = new LstmTransientTiming();

        var deck = LstmTransientDeck.Build(stepDeck, cell, [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], timing);

        var sources = deck.Items.OfType<VoltageSource>().ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
        var x2 = Assert.IsType<PwlWaveform>(sources["Vin2"].Waveform.Transient);
        Assert.Equal(0.6, x2.Points[^1].Value.NumberValue, 12); // x_2[2] at 1 V/unit from the second period on
        Assert.Equal(timing.PeriodSeconds + timing.EdgeSeconds, x2.Points[^1].Time.NumberValue, 15);
        Assert.False(sources.ContainsKey("Vin3")); // h_{t−1} rows and c_{t−1} are driven by the holds' followers
        Assert.False(sources.ContainsKey("Vc0"));
        var sample = Assert.IsType<PulseWaveform>(sources["Vphs"].Waveform.Transient);
        var transfer = Assert.IsType<PulseWaveform>(sources["Vpht"].Waveform.Transient);
        var sampleFallEnd = sample.Delay.NumberValue + sample.Rise.NumberValue + sample.Width.NumberValue + sample.Fall.NumberValue;
        Assert.True(sampleFallEnd < transfer.Delay.NumberValue, "φS must be fully off before φT rises");
        Assert.True(transfer.Delay.NumberValue + transfer.Rise.NumberValue + transfer.Width.NumberValue + transfer.Fall.NumberValue < timing.PeriodSeconds);
        Assert.Equal(8, deck.Items.OfType<VoltageSwitch>().Count(s => s.ControlPositive is "phs" or "pht")); // h, c × 2 units × master, slave
        Assert.Throws<ArgumentOutOfRangeException>(() => LstmTransientDeck.Build(stepDeck, cell, Enumerable.Repeat(new double[3], 9).ToList(), timing));
    }
}
