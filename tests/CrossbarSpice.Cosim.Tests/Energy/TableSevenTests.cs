using System.Globalization;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery.Estimates;
using CrossbarSpice.Cosim.Energy;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>Seed 002's Table VII beside a report: rows assigned by kind, bench energies at 50 ns, totals and power.</summary>
public sealed class TableSevenTests
{
    private static readonly EnergyReport Report = new()
    {
        Design = "d",
        Rows =
        [
            new ModuleRow("fc1", "synapse array 5x6", 1, 1, 10e-12, 1e-10, ModuleSource.Simulated, "b"),
            new ModuleRow("fc2", "synapse array 4x2", 1, 1, 5e-12, 1e-10, ModuleSource.Simulated, "b"),
            new ModuleRow("fc1", "readout: current-subtractor", 3, 3, 7e-12, 1e-9, ModuleSource.Simulated, "b"),
            new ModuleRow("relu", "activation: relu", 3, 3, 2e-12, 1e-9, ModuleSource.Simulated, "b"),
            new ModuleRow("io", "DAC (8-bit)", 5, 5, 100e-12, 1e-9, ModuleSource.Estimate, "b"),
        ],
        ReadSeconds = 50e-9,
        CardReadVolts = 0.5,
        InputVoltsPerUnit = 0.5,
        StepsPerInference = 2,
        InferencesPerSecond = 1e7,
        RateBasis = "r",
        InputsBasis = "i",
        ProcessKey = "p",
    };

    [Fact]
    public void Of_Report_AssignsRowsByKindAndKeepsTheRestApart()
    {
        var rows = TableSeven.Of(Report, new Dictionary<string, OperationEnergy>());

        Assert.Equal(["1T1M synapse array", "DAC", "multiplying circuit", "ReLU circuit", "softmax circuit", "layer normalization circuit", "max-pooling circuit", "other modules of the design"], rows.Select(r => r.Module));
        Assert.Equal(15e-12, rows[0].DesignJoules!.Value, 1e-24);
        Assert.Equal(ModuleSource.Simulated, rows[0].DesignSource);
        Assert.Equal(100e-12, rows[1].DesignJoules!.Value, 1e-24);
        Assert.Equal(ModuleSource.Estimate, rows[1].DesignSource);
        Assert.Equal(2e-12, rows[3].DesignJoules!.Value, 1e-24);
        Assert.Null(rows[4].DesignJoules);
        Assert.Equal("fc1/readout: current-subtractor", rows[^1].Members);
        Assert.Equal(Report.TotalJoules, rows.Sum(r => r.DesignJoules ?? 0), 1e-24);
        Assert.Equal([30.32, 326.4, 8.22, 0.45, 0.66, 1.62, 0.27], rows.Take(7).Select(r => r.SeedPicojoules!.Value));
    }

    [Fact]
    public void Of_Benches_OperationEnergyAtFiftyNanosecondsOrSettling()
    {
        // 10 mW over a 200 ns window: 2 nJ; settled in 30 ns → 50 ns counts (0.5 nJ); settled in 120 ns → 1.2 nJ.
        var benches = new Dictionary<string, OperationEnergy>
        {
            ["softmax"] = Energy("softmax", settling: 30e-9),
            ["layer-norm"] = Energy("layer-norm", settling: 120e-9),
        };

        var rows = TableSeven.Of(Report, benches);

        Assert.Equal(0.5e-9, rows.Single(r => r.BenchModule == "softmax").BenchJoules!.Value, 1e-18);
        Assert.Equal(1.2e-9, rows.Single(r => r.BenchModule == "layer-norm").BenchJoules!.Value, 1e-18);
        Assert.Null(rows.Single(r => r.BenchModule == "gilbert").BenchJoules);
    }

    [Fact]
    public void Csv_TotalAndPower_AreTheReportTotalAndItOverFiftyNanoseconds()
    {
        var csv = TableSevenTables.Csv(TableSeven.Of(Report, new Dictionary<string, OperationEnergy>()), Report).TrimEnd('\n').Split('\n');
        var total = csv.Single(l => l.StartsWith("total,", StringComparison.Ordinal)).Split(',');
        var power = csv.Single(l => l.StartsWith("power_mW,", StringComparison.Ordinal)).Split(',');

        Assert.Equal(2231.34, double.Parse(total[1], CultureInfo.InvariantCulture));
        Assert.Equal(124, double.Parse(total[2], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(44.63, double.Parse(power[1], CultureInfo.InvariantCulture));
        Assert.Equal(124e-12 / 50e-9 * 1e3, double.Parse(power[2], CultureInfo.InvariantCulture), 1e-9);
        Assert.Contains("(est.)", TableSevenTables.Text(TableSeven.Of(Report, new Dictionary<string, OperationEnergy>()), Report), StringComparison.Ordinal);
    }

    private static OperationEnergy Energy(string module, double settling) => new()
    {
        Module = module,
        ProcessKey = "p",
        StaticWatts = 10e-3,
        EnergyJoules = 2e-9,
        WindowSeconds = 200e-9,
        SettlingSeconds = settling,
        Inventory = new DeviceInventory(),
        AreaSquareMeters = 1e-9,
    };
}
