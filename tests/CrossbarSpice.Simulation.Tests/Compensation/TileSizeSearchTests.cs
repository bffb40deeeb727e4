using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Compilation.IrDrop;
using static CrossbarSpice.Simulation.Tests.Compensation.CompensationCases;

namespace CrossbarSpice.Simulation.Tests.Compensation;

/// <summary><c>--tile auto</c>: the largest power-of-two tile within the wire error budget.</summary>
public sealed class TileSizeSearchTests
{
    [Fact]
    public void TileAuto_IdealWires_TakesTheLargestTile()
    {
        // 40 inputs + bias = 41 rows, 20 columns: 64 is the smallest power of two that holds the matrix.
        var matrix = Dense(outputs: 10, inputs: 40, bias: true, seed: 8);
        var options = Options(0, 1024, 1024, CompensationKind.None) with { MaxWireErrorVolts = 1e-9 };

        var plan = ConductancePlanner.PlanMatrix(matrix, Device, options, Wired);

        var choice = plan.TileChoice!;
        Assert.Equal((64, 64), (choice.Rows, choice.Columns));
        Assert.Single(plan.Tiles);
        Assert.True(choice.MeetsBudget);
        Assert.True(choice.ErrorVolts < 1e-12, choice.ToString());
        Assert.Single(choice.Tried);
    }

    [Fact]
    public void TileAuto_TightBudget_TakesASmallerTileThatMeetsIt()
    {
        var matrix = Dense(outputs: 8, inputs: 100, bias: true, seed: 9);
        var loose = Options(2, 1024, 1024, CompensationKind.None) with { MaxWireErrorVolts = 10 };
        var largest = ConductancePlanner.PlanMatrix(matrix, Device, loose, Wired).TileChoice!;
        var tight = loose with { MaxWireErrorVolts = largest.ErrorVolts / 4 };

        var choice = ConductancePlanner.PlanMatrix(matrix, Device, tight, Wired).TileChoice!;

        Assert.Equal(128, largest.Rows);
        Assert.True(choice.Rows < largest.Rows, choice.ToString());
        Assert.True(choice.MeetsBudget, choice.ToString());
        Assert.True(choice.ErrorVolts <= tight.MaxWireErrorVolts);
        Assert.True(choice.Tried[0].ErrorVolts > tight.MaxWireErrorVolts);
        Assert.Equal(choice.Rows, choice.Tried[^1].Rows);
    }

    [Fact]
    public void TileAuto_WithCompensation_KeepsTheLargestTileAtABudgetPlainTilesMiss()
    {
        var matrix = Dense(outputs: 8, inputs: 100, bias: true, seed: 9);
        var options = Options(2, 1024, 1024, CompensationKind.None) with { MaxWireErrorVolts = 1e-5 };

        var plain = ConductancePlanner.PlanMatrix(matrix, Device, options, Wired).TileChoice!;
        var compensated = ConductancePlanner.PlanMatrix(matrix, Device, options with { Compensation = CompensationKind.IrDrop }, Wired).TileChoice!;

        Assert.True(plain.Rows < 128, plain.ToString());
        Assert.Equal(128, compensated.Rows);
        Assert.True(compensated.Compensated && compensated.MeetsBudget, compensated.ToString());
    }
}
