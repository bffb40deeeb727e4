using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.ReadSchemes;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.ReadSchemes;

/// <summary>
/// The wired level's bit-serial read (<see cref="CrossbarReadout"/>): on an ohmic tile the planes recombine to the
/// hand-worked digital sum; on seed 000's 1S1M card at 0.5 V the read-curve calibrated map reproduces the linear map
/// W·q(x), where the analogue read at 0.1 V per unit is blocked by the selector.
/// </summary>
public sealed class BitSerialReadTests
{
    private static readonly string AgAuCard = Path.Combine(Decks.RepositoryRoot, "device-cards", "ag-au-mose2-se.json");

    [Fact]
    public void Read_PassiveTileThreeBits_GivesTheHandWorkedDigitalCombination()
    {
        // W = [1, −0.5], b = 0.25 on 10–100 µS, continuous: k = 90 µS per unit. k = 3 bits over F = 2 units:
        // x = [0.75, −1.3] is coded as [0.75, −1.25] (m = 3, 5) and the bias input 1 as 1 (m = 4), so
        // y = 1·0.75 − 0.5·(−1.25) + 0.25·1 = 1.625 (an analogue read gives 1.65).
        var scheme = new ReadScheme(ReadSchemeKind.BitSerial, 3, 2, 0.5);
        var matrix = new CrossbarMatrix("fc", "fc", "dense", new WeightMatrix("fc.weight", 1, 2, [1, -0.5]), new BiasVector("fc.bias", [0.25]));
        var passive = new CellParameters(CellKind.Passive, null, null, "passive cell");
        var options = Options(scheme, 0);
        var plan = ConductancePlanner.PlanMatrix(matrix, new DeviceRange(10e-6, 100e-6), options, 16, 16, null);

        using var bitSerial = new CrossbarReadout(plan, ManifestOptions.Of(options, passive, false), 1);
        using var analogue = new CrossbarReadout(plan, ManifestOptions.Of(options with { ReadScheme = ReadScheme.Analogue }, passive, false), 1);
        var y = new double[1];
        bitSerial.Read([0.75, -1.3], y);
        var yAnalogue = new double[1];
        analogue.Read([0.75, -1.3], yAnalogue);

        Assert.Equal(90e-6, plan.Layout.SiemensPerWeight, 15);
        Assert.Equal(1.625, y[0], 12);
        Assert.Equal(1.65, yAnalogue[0], 12);
    }

    [Fact]
    public void Read_AgAu1S1MAtHalfAVolt_CalibratedPlanesMatchTheLinearMap()
    {
        // A 12 × 8 dense layer (13 rows with the bias, 16 columns) on seed 000's card, its own 1S1M cell, continuous G.
        var (matrix, card, cell) = Layer();
        var scheme = new ReadScheme(ReadSchemeKind.BitSerial, 6, 4, card.ReadVoltageVolts);
        var options = Options(scheme, 0);
        var wired = new WiredTiles(new WiredTileSolver(), cell);
        var plan = ConductancePlanner.PlanMatrix(matrix, new DeviceRange(card.GminSiemens, card.GmaxSiemens), options, 128, 128, wired);
        using var readout = new CrossbarReadout(plan, ManifestOptions.Of(options, cell, false), 1);

        var (worst, scale) = WorstError(readout, matrix, scheme);

        // The map goes through the cell curve sampled at 257 points; what is left is its interpolation error.
        Assert.True(worst <= 1e-3 * scale, $"max |y − W·q(x)| = {worst:G4} of a typical |y| {scale:G4}");
    }

    [Fact]
    public void Read_AgAu1S1MWithTwoOhmWires_PlanesSolvedExactlyStayWithinFivePercent()
    {
        var (matrix, card, cell) = Layer();
        var scheme = new ReadScheme(ReadSchemeKind.BitSerial, 6, 4, card.ReadVoltageVolts);
        var options = Options(scheme, 2);
        var plan = ConductancePlanner.PlanMatrix(matrix, new DeviceRange(card.GminSiemens, card.GmaxSiemens), options, 128, 128, new WiredTiles(new WiredTileSolver(), cell));
        using var readout = new CrossbarReadout(plan, ManifestOptions.Of(options, cell, false), 1);

        var (worst, scale) = WorstError(readout, matrix, scheme);

        // 2 Ω segments: up to ≈ 0.25 mA in a row or column of 16 µA cells drops a few mV along it, and at 0.5 V the
        // selector's current changes by ≈ 5 % per 10 mV ((16.0 − 7.5) µA / 0.1 V / 16 µA), so a few % remain; the
        // calibration (ideal wires) does not see the drop, unlike the 0 Ω case's 1e-3.
        Assert.True(worst <= 5e-2 * scale, $"max |y − W·q(x)| = {worst:G4} of a typical |y| {scale:G4}");
        Assert.True(worst > 1e-3 * scale, $"max |y − W·q(x)| = {worst:G4}: the wires' drop should show at 2 Ω");
    }

    [Fact]
    public void Read_AgAu1S1MAnalogueAtATenthOfAVoltPerUnit_IsBlockedBySelector()
    {
        // The failure bit-serial reads remove: the uncalibrated analogue design at 0.1 V per unit passes the selector's
        // leakage only (docs/reproductions.md, [P0]).
        var (matrix, card, cell) = Layer();
        var options = Options(ReadScheme.Analogue, 0);
        var plan = ConductancePlanner.PlanMatrix(matrix, new DeviceRange(card.GminSiemens, card.GmaxSiemens), options, 128, 128, null);
        using var readout = new CrossbarReadout(plan, ManifestOptions.Of(options, cell, false), 0.1);

        var (worst, scale) = WorstError(readout, matrix, ReadScheme.Analogue);

        Assert.True(worst >= 0.9 * scale, $"max |y − W·x| = {worst:G4} of a typical |y| {scale:G4}");
    }

    private static CompileOptions Options(ReadScheme scheme, double segmentOhms) => new()
    {
        DesignName = "bit-serial-test",
        SegmentOhms = segmentOhms,
        NonIdealities = NonIdealityOptions.None with { Quantise = false },
        ReadScheme = scheme,
    };

    private static (CrossbarMatrix Matrix, Devices.Memristors.MemristorCard Card, CellParameters Cell) Layer()
    {
        var random = new Random(21);
        var w = Enumerable.Range(0, 8 * 12).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var b = Enumerable.Range(0, 8).Select(_ => random.NextDouble() - 0.5).ToArray();
        var card = DeviceCardReader.ReadMemristor(AgAuCard);
        var cell = CellParameters.For(card, null);
        Assert.Equal(CellKind.OneSelectorOneMemristor, cell.Kind);
        return (new CrossbarMatrix("fc", "fc", "dense", new WeightMatrix("fc.weight", 8, 12, w), new BiasVector("fc.bias", b)), card, cell);
    }

    /// <summary>Largest |y − (W·q(x) + b·q(1))| over 8 seeded inputs in [−1.5, 1.5], and the mean |W·q(x) + b·q(1)|.</summary>
    private static (double Worst, double Scale) WorstError(CrossbarReadout readout, CrossbarMatrix matrix, ReadScheme scheme)
    {
        var random = new Random(5);
        var worst = 0.0;
        var sum = 0.0;
        var count = 0;
        var y = new double[matrix.Weights.Outputs];
        for (var s = 0; s < 8; s++)
        {
            var x = Enumerable.Range(0, matrix.Weights.Inputs).Select(_ => (3 * random.NextDouble()) - 1.5).ToArray();
            readout.Read(x, y);
            for (var o = 0; o < y.Length; o++)
            {
                var expected = matrix.Bias!.Values[o] * scheme.Quantise(1);
                for (var i = 0; i < x.Length; i++)
                {
                    expected += matrix.Weights.Values[(o * x.Length) + i] * scheme.Quantise(x[i]);
                }

                worst = Math.Max(worst, Math.Abs(y[o] - expected));
                sum += Math.Abs(expected);
                count++;
            }
        }

        return (worst, sum / count);
    }
}
