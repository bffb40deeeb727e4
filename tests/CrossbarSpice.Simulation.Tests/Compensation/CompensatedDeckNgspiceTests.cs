using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Arrays;
using CrossbarSpice.Simulation.Tests.Support;
using static CrossbarSpice.Simulation.Tests.Compensation.CompensationCases;

namespace CrossbarSpice.Simulation.Tests.Compensation;

/// <summary>
/// The compensation is in the netlist: the tile library compile-weights writes for a compensated 64×64 tile, run by
/// ngspice, gives the array solver's currents for the plan's compensated conductances, and those realise the trained
/// weights with the wires.
/// </summary>
public sealed class CompensatedDeckNgspiceTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void CompensatedTileLibrary_64x64InNgspice_MatchesTheSolverAndComputesTheTrainedWeights()
    {
        // 63 inputs + bias row = 64 rows, 32 outputs = 64 columns; 2 Ω segments; continuous conductances.
        var matrix = Dense(outputs: 32, inputs: 63, bias: true, seed: 11);
        var options = Options(2, 64, 64, CompensationKind.IrDrop) with { Readout = ReadoutKind.Currents };
        var plan = ConductancePlanner.PlanMatrix(matrix, Device, options, Wired);
        var tile = Assert.Single(plan.Tiles);
        var deck = LayerDeckBuilder.Build(matrix, plan, Passive, options);
        var library = deck.Files[$"fc/{tile.Block.Name}.sub"];
        var volts = ArrayCases.Volts(64, seed: 3, low: 0, high: 1);
        volts[63] = 1;

        var result = fixture.Engine.Run(new SimulationRequest(SpiceNetlistReader.Read(Bench(library, "fc_tile_r0_c0", volts), "compensated-bench.cir")));
        var ngspice = Enumerable.Range(0, 64).Select(j => result[CrossbarTileNames.ColumnCurrentVector(j)].Final).ToArray();

        using var solver = new CrossbarArraySolver(TileCircuits.For(tile, options.SegmentOhms, 0, null, null));
        var solved = new double[64];
        solver.SolveColumnCurrents(volts, solved);
        var relative = ArrayCases.MaxRelativeDifference(solved, ngspice);
        Assert.True(relative <= 1e-9, $"ngspice vs solver: {relative:E2}");

        // The netlist computes the trained weights: y = (I+ − I−)/(k·1 V) against W·x + b.
        var k = plan.Layout.SiemensPerWeight;
        var worst = 0.0;
        var uncompensated = 0.0;
        using var plainSolver = new CrossbarArraySolver(TileCircuits.For(tile.Target!, options.SegmentOhms, 0, null, null));
        var plainAmps = new double[64];
        plainSolver.SolveColumnCurrents(volts, plainAmps);
        for (var o = 0; o < 32; o++)
        {
            var expected = matrix.Bias!.Values[o];
            for (var i = 0; i < 63; i++)
            {
                expected += matrix.Weights.Values[(o * 63) + i] * volts[i];
            }

            worst = Math.Max(worst, Math.Abs(((ngspice[2 * o] - ngspice[(2 * o) + 1]) / k) - expected));
            uncompensated = Math.Max(uncompensated, Math.Abs(((plainAmps[2 * o] - plainAmps[(2 * o) + 1]) / k) - expected));
        }

        Assert.True(uncompensated > 0.1, $"the same tile uncompensated: {uncompensated}");
        Assert.True(worst < 1e-5, $"compensated netlist in ngspice: max |y − (W·x + b)| = {worst:E2} (uncompensated {uncompensated:E2})");
    }

    /// <summary>The library, one instance with row sources on its row ports and 0 V sense sources on its column ports.</summary>
    private static string Bench(string library, string subcircuit, double[] rowVolts)
    {
        var text = new StringBuilder("* compensated tile bench\n").Append(library).Append('\n');
        var ports = new List<string>();
        for (var i = 0; i < rowVolts.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Vrow{i} {CrossbarTileNames.RowPort(i)} 0 {rowVolts[i]:R}\n");
            ports.Add(CrossbarTileNames.RowPort(i));
        }

        for (var j = 0; j < 64; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{CrossbarTileNames.ColumnSenseSource(j)} {CrossbarTileNames.ColumnPort(j)} 0 0\n");
            ports.Add(CrossbarTileNames.ColumnPort(j));
        }

        text.Append("Xtile ").AppendJoin(' ', ports).Append(' ').Append(subcircuit).Append("\n.op\n.end\n");
        return text.ToString();
    }
}
