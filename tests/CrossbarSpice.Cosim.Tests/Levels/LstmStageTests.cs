using System.Globalization;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// LSTM cells as compiled circuit stages (x [T, 3] → lstm H = 2, weights uniform ±1 unless stated, unquantised, 0 Ω
/// wires): one step at the spice level and whole sequences at the characterised level against float64, the
/// manifest's scale factors, the block tables against their ideal functions, and the pre-activation range check.
/// </summary>
public sealed class LstmStageTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-lstm-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void SpiceLevel_ASamplesLanes_GiveTheSameBitsAloneOrInABatch()
    {
        // Issue 22: a sample's spice-level result must not depend on the batch it is solved in. The step deck's DC
        // sweep starts each lane from the previous lane's solution, so lanes of one sample may share a run but never
        // lanes of two samples: sample 1 (lanes 2–3) of a batch of three gives the bits it gives alone.
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 5, 3, 2, 1.0, 3, LstmSigmoid.General);
        var cell = ((LstmStage)design.Stages[0]).Cells[0];
        var random = new Random(23);
        var lanes = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 7).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        using var spice = new SpiceEvaluator(design.Compiled.Manifest, design.Folder, new NgspiceEngine(), 400);

        var inBatch = spice.EvaluateSamples(cell, lanes, 2, CancellationToken.None);
        var alone = spice.EvaluateSamples(cell, lanes.GetRange(2, 2), 2, CancellationToken.None);

        for (var l = 0; l < 2; l++)
        {
            for (var g = 0; g < alone[l].Length; g++)
            {
                Assert.Equal(alone[l][g], inBatch[2 + l][g]);
            }
        }
    }

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor, 0.35, 0.15)]
    [InlineData(LstmSigmoid.General, 0.12, 0.1)]
    public void SpiceLevel_OneStepFromHeldStates_WithinTheBlocksErrorsOfFloat64(LstmSigmoid sigmoid, double cellTolerance, double hiddenTolerance)
    {
        // One step from 8 held states (x, h_{t−1} in ±1, c_{t−1} in ±1), all lanes in one ngspice DC sweep of the step
        // deck. Against float64 the error is the blocks' (six-transistor: σ within 0.1 V, tanh = 2σ(2x) − 1 within
        // 0.2 V; general: 0.032 V and 0.065 V; multipliers 0.031 V): measured max |Δc| 0.24 / 0.07, |Δh| 0.12 / 0.08
        // (six-transistor / general), bounds 0.35 / 0.12 and 0.15 / 0.10 units. Spice against the characterised
        // tables of the same circuits: measured ≤ 0.6 mV, bound 3 mV per unit (1 V per unit of h, 0.5 V of c).
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 5, 3, 2, 1.0, 3, sigmoid);
        var cell = ((LstmStage)design.Stages[0]).Cells[0];
        var random = new Random(11);
        var lanes = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 7).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        using var spice = new SpiceEvaluator(design.Compiled.Manifest, design.Folder, new NgspiceEngine(), 400);
        using var tables = new CharacterisedEvaluator(design.Compiled.Manifest, design.Compiled.Plan, design.Folder, new NgspiceEngine());

        var fromSpice = spice.Evaluate(cell, lanes, CancellationToken.None);
        var fromTables = tables.Evaluate(cell, lanes, CancellationToken.None);

        double worstC = 0, worstH = 0;
        for (var l = 0; l < lanes.Count; l++)
        {
            var (h, c) = design.Step(lanes[l][..3], lanes[l][3..5], lanes[l][5..]);
            for (var k = 0; k < 2; k++)
            {
                Close.Assert(c[k], fromSpice[l][1][k], 0, cellTolerance, $"lane {l} c[{k}] spice vs float64");
                Close.Assert(h[k], fromSpice[l][2][k], 0, hiddenTolerance, $"lane {l} h[{k}] spice vs float64");
                Close.Assert(fromTables[l][1][k], fromSpice[l][1][k], 0, 3e-3, $"lane {l} c[{k}] spice vs characterised");
                Close.Assert(fromTables[l][2][k], fromSpice[l][2][k], 0, 3e-3, $"lane {l} h[{k}] spice vs characterised");
                worstC = Math.Max(worstC, Math.Abs(c[k] - fromSpice[l][1][k]));
                worstH = Math.Max(worstH, Math.Abs(h[k] - fromSpice[l][2][k]));
            }

            for (var j = 0; j < 8; j++)
            {
                // The probe nets (six-transistor) or readouts (general) against the array solver's exact pre-activations.
                Close.Assert(fromTables[l][0][j], fromSpice[l][0][j], 0, 3e-3, $"lane {l} pre-activation {j}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sigmoid}: max |Δc| {worstC:F4}, max |Δh| {worstH:F4} vs float64"));
    }

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor, 0.15)]
    [InlineData(LstmSigmoid.General, 0.18)]
    public void CharacterisedLevel_SixStepSequences_FollowFloat64(LstmSigmoid sigmoid, double tolerance)
    {
        // Four samples of 6 steps through StagedLevel (h and c held between steps): every h_t against the float64
        // reference network on the same weights. Measured max |Δh| 0.091 (six-transistor) and 0.121 (general) over the
        // 48 values; bounds 0.15 and 0.18 units (×1.5). The general circuit's blocks are more accurate, yet its worst
        // value here is larger: block errors of opposite sign partly cancel in the six-transistor cell on these weights.
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 6, 3, 2, 1.0, 5, sigmoid);
        var random = new Random(17);
        var inputs = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 18).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        using var level = new StagedLevel(design.Graph, design.Stages, new CharacterisedEvaluator(design.Compiled.Manifest, design.Compiled.Plan, design.Folder, new NgspiceEngine()));
        var reference = new ReferenceNetwork(design.Graph);

        var actual = level.Forward(inputs, CancellationToken.None);

        var worst = 0.0;
        for (var s = 0; s < inputs.Count; s++)
        {
            var expected = reference.Forward(inputs[s])["rnn"].Values.ToArray();
            Assert.Equal(expected.Length, actual[s][0].Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Close.Assert(expected[i], actual[s][0][i], 0, tolerance, $"sample {s} step {i / 2} h[{i % 2}]");
                worst = Math.Max(worst, Math.Abs(expected[i] - actual[s][0][i]));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sigmoid}: max |Δh| {worst:F4} over 6 steps"));
    }

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor)]
    [InlineData(LstmSigmoid.General)]
    public void Compile_LstmCell_ManifestRecordsTheScaleFactorsAndTheDeckHoldsTheCell(LstmSigmoid sigmoid)
    {
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, 1.0, 3, sigmoid);
        var manifest = CompiledDesignValidator.Validate(design.Folder);
        var crossbar = manifest.Layers.Single().Crossbars.Single();
        var s = crossbar.Lstm ?? throw new Xunit.Sdk.XunitException("no LSTM scales in the manifest");
        var unitCurrent = crossbar.SiemensPerWeight * crossbar.InputVoltsPerUnit;

        Assert.Equal(LstmSigmoids.Name(sigmoid), manifest.Options.LstmSigmoid);
        Assert.Equal(0.5, manifest.Options.LstmCellVoltsPerUnit);
        Assert.Equal(1.0, s.RowVoltsPerUnit);
        Assert.Equal(0.5, s.CellVoltsPerUnit);
        Assert.Equal(["h0", "h1", "c0", "c1"], crossbar.ActivationNets);
        Assert.Equal(Enumerable.Range(0, 8).Select(j => $"y{j}"), crossbar.OutputNets.Select(o => o.Net));
        Assert.Equal(0.5, s.CandidateMultiplierOutputGainOhms / s.MultiplierOutputGainOhms, 12);
        var deck = File.ReadAllText(Path.Combine(design.Folder, crossbar.Deck));
        var library = File.ReadAllText(Path.Combine(design.Folder, DesignPeriphery.LibraryPath));
        Assert.Equal(4, Count(deck, " gilbert_mult\n")); // f⊙c_{t−1} and o⊙tanh(c_t) per unit
        Assert.Equal(2, Count(deck, " gilbert_mult_ig\n")); // i⊙g per unit
        Assert.Equal(2, Count(deck, $" {AnalogueAdder.Name}\n"));
        Assert.Contains(".subckt gilbert_mult_ig", library, StringComparison.Ordinal);
        if (sigmoid == LstmSigmoid.SixTransistor)
        {
            // Mirror gains a_q·Is/(k·s_in), a = 1, 1, 2, 1; tanh(c) mirror 2·Is·R/s_c.
            double[] arguments = [1, 1, 2, 1];
            for (var q = 0; q < 4; q++)
            {
                Assert.Equal(arguments[q] * LstmCellScales.SixTransistorIs / unitCurrent, s.GateInputGains[q], 9);
            }

            Assert.Equal(arguments, s.GateArguments);
            Assert.Equal(2 * LstmCellScales.SixTransistorIs * LstmCellScales.TanhCellOhms / 0.5, s.TanhCellInputGain, 9);
            Assert.Equal(10, Count(deck, $" {SixTransistorSigmoid.Name}\n")); // 4H gates + H tanh(c)
            Assert.Equal(4, Count(deck, $" {TanhAmplifier.Name}\n")); // g and tanh(c), per unit
        }
        else
        {
            // Readouts R_F = 1/(κ_q·k·s_in), κ = 7.04 (σ) or 3.47 (tanh) per volt; tanh(c) divider 1/(3.47·s_c).
            double[] perVolt = [7.04, 7.04, 3.47, 7.04];
            for (var q = 0; q < 4; q++)
            {
                Assert.Equal(1 / (perVolt[q] * unitCurrent), s.GateInputGains[q], 6);
            }

            Assert.Equal(1 / (3.47 * 0.5), s.TanhCellInputGain, 12);
            Assert.Equal(10, Count(deck, $" {GeneralActivation.Name}\n"));
        }
    }

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor, 0.1, 0.2, 0.04, 3e-3)]
    [InlineData(LstmSigmoid.General, 0.035, 0.07, 0.04, 3e-3)]
    public void Characterised_BlockTables_MatchTheirIdealFunctionsWithinCircuitsMd(LstmSigmoid sigmoid, double sigmoidBound, double tanhBound, double multiplierBound, double adderBound)
    {
        // docs/circuits.md: six-transistor σ within 0.098 V for |x| ≤ 6, its tanh (2σ(2x) − 1) twice that; general σ 0.032 V,
        // tanh 0.065 V; Gilbert multiplier 0.034 V on [−1, 1]² (0.031 V for a gate in [0, 1]); adder ≤ 1.4 mV.
        // tanh(c) takes c at 0.5 V per unit: checked for |c| ≤ 2 against the same tanh bound.
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, 1.0, 3, sigmoid);
        var cell = ((LstmStage)design.Stages[0]).Cells[0];
        using var evaluator = new CharacterisedEvaluator(design.Compiled.Manifest, design.Compiled.Plan, design.Folder, new NgspiceEngine());
        evaluator.Evaluate(cell, [new double[7]], CancellationToken.None);
        var tables = evaluator.Lstm.Tables;
        static double Sigma(double v) => 1 / (1 + Math.Exp(-v));
        static double Worst(Func<double, double> error, double range) => Enumerable.Range(0, 1201).Select(i => Math.Abs(error(-range + (2 * range * i / 1200)))).Max();
        CharacterisedTransfer Named(string suffix) => tables.Single(t => t.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;

        var sigmoidError = new[] { "i", "f", "o" }.Max(g => Worst(x => Named($"gate-{g}").Evaluate(x) - Sigma(x), 6));
        var tanhError = Worst(x => Named("gate-g").Evaluate(x) - Math.Tanh(x), 3);
        var cellError = Worst(c => Named("tanh-c").Evaluate(c * 0.5) - Math.Tanh(c), 2);
        double multiplierError = 0, candidateError = 0, adderError = 0;
        for (var a = 0.0; a <= 1.0001; a += 0.025)
        {
            for (var b = -1.0; b <= 1.0001; b += 0.025)
            {
                multiplierError = Math.Max(multiplierError, Math.Abs(Named("/multiplier").Evaluate(a, b) - (a * b)));
                candidateError = Math.Max(candidateError, Math.Abs(Named("/multiplier-ig").Evaluate(a, b) - (0.5 * a * b)));
                adderError = Math.Max(adderError, Math.Abs(Named("/adder").Evaluate(a - 0.5, b * 0.75) - (a - 0.5 + (b * 0.75))));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sigmoid}: σ {sigmoidError:F4} V (|x| ≤ 6), tanh(g) {tanhError:F4} V (|x| ≤ 3), tanh(c) {cellError:F4} V (|c| ≤ 2), multiplier K = 1 {multiplierError:F4} V, K = 0.5 {candidateError:F4} V, adder {adderError * 1e3:F2} mV"));
        Assert.True(sigmoidError <= sigmoidBound, $"sigmoid error {sigmoidError}");
        Assert.True(tanhError <= tanhBound, $"tanh(g) error {tanhError}");
        Assert.True(cellError <= tanhBound, $"tanh(c) error {cellError}");
        Assert.True(multiplierError <= multiplierBound, $"multiplier error {multiplierError}");
        Assert.True(candidateError <= multiplierBound / 2, $"i⊙g multiplier error {candidateError}");
        Assert.True(adderError <= adderBound, $"adder error {adderError}");
    }

    [Theory]
    [InlineData(4.0, true)]
    [InlineData(0.4, false)]
    public void RangeReport_PreactivationsBeyondTheGateCircuitsRange_WarnAndAreListed(double weightScale, bool outside)
    {
        // Weights uniform ±4 on inputs ±1 give pre-activations up to |x| ≈ 4·(3 + 2 + 1) ≫ 6 (the sigmoid gates' range)
        // and ≫ 3 (g's); ±0.4 keeps every |x| ≤ 2.4, inside every range (and |c| ≤ 2), so nothing is reported.
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, weightScale, 9, LstmSigmoid.SixTransistor);
        var random = new Random(2);
        var inputs = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 12).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        using var level = new StagedLevel(design.Graph, design.Stages, new CharacterisedEvaluator(design.Compiled.Manifest, design.Compiled.Plan, design.Folder, new NgspiceEngine()));
        level.Forward(inputs, CancellationToken.None);
        var lines = new List<string>();

        LstmRangeReport.Write([level], ["characterised"], directory, new Lines(lines));

        var csv = File.ReadAllLines(Path.Combine(directory, LstmRangeReport.FileName));
        Assert.Equal("level,cell,signal,min,max,characterised_range,values,outside", csv[0]);
        Assert.Equal(6, csv.Length); // i, f, g, o, c of the one cell
        var outsideCounts = csv.Skip(1).Select(r => long.Parse(r.Split(',')[^1], CultureInfo.InvariantCulture)).ToList();
        Assert.All(csv.Skip(1), r => Assert.Equal("24", r.Split(',')[^2])); // 4 steps × 3 samples × H = 2 values per signal
        if (outside)
        {
            Assert.Contains(lines, l => l.StartsWith("warning: characterised: LSTM cell rnn, gate", StringComparison.Ordinal) && l.Contains("outside its circuit's characterised range", StringComparison.Ordinal));
            Assert.True(outsideCounts.Sum() > 0);
        }
        else
        {
            Assert.Empty(lines);
            Assert.All(outsideCounts, c => Assert.Equal(0, c));
        }
    }

    [Fact]
    public void WholeNetlist_LstmDesign_IsRejectedWithAClearMessage()
    {
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 4, 3, 2, 1.0, 3, LstmSigmoid.SixTransistor);

        var error = Assert.Throws<Core.Diagnostics.InputException>(() => WholeNetlist.Build(design.Graph, design.Stages, design.Folder, "whole"));

        Assert.Contains("stage-by-stage spice level", error.Message, StringComparison.Ordinal);
    }

    private sealed class Lines(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
