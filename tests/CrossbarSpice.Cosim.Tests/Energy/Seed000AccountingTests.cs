using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Periphery.Estimates;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Energy;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>The arithmetic of seed 000's accounting on a generated 2-layer design with stated module energies (no ngspice).</summary>
public sealed class Seed000AccountingTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-seed000-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Build_TinyDesign_ArraysAreOneReadAtHalfAVoltPeripheryIsDynamicEnergyOfOneInstance()
    {
        var design = CosimDesign.Open(TinyDesign.Compile(directory, "seed", hidden: 3, segmentOhms: 0));
        var uses = PeripheryPlan.Uses(design.Network, design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows), false);
        // Stated module figures: mean 3 mW over a 200 ns window, 2 mW of it quiescent → 1 mW dynamic → 100 fJ per 100 ns.
        var periphery = PeripheryPlan.ModulesOf(uses).ToDictionary(
            m => m.Name,
            m => new OperationEnergy
            {
                Module = m.Name,
                ProcessKey = "p",
                StaticWatts = 2e-3,
                EnergyJoules = 3e-3 * 200e-9,
                WindowSeconds = 200e-9,
                SettlingSeconds = 50e-9,
                Inventory = new DeviceInventory(),
                AreaSquareMeters = 1e-9,
            },
            StringComparer.Ordinal);
        var inputs = new EnergyReportInputs
        {
            Periphery = periphery,
            CellSquareMeters = 1.2e-11,
            ReadSeconds = 100e-9,
            CardReadVolts = 0.5,
            FeatureMeters = 180e-9,
            VddVolts = 1.8,
            ProcessKey = "p",
        };

        var report = Seed000Accounting.Build("t", design.Network, design.Folder.Plan, design.Folder.Manifest.Options, inputs);

        foreach (var layer in design.Folder.Plan.Layers)
        {
            var siemens = layer.Tiles.Sum(t => t.Programmed.Conductances.Siemens.ToArray().Sum());
            var row = report.Rows.Single(r => r.Group == layer.Name && r.Module.StartsWith("synapse array", StringComparison.Ordinal));
            Assert.Equal(0.25 * siemens * 100e-9, row.JoulesPerInference, tolerance: 1e-12 * row.JoulesPerInference);
        }

        var readouts = report.Rows.Where(r => r.Module == "readout: current-subtractor").ToList();
        Assert.Equal(2, readouts.Count);
        Assert.All(readouts, r => Assert.Equal(1e-3 * 100e-9, r.JoulesPerInference, tolerance: 1e-24));
        Assert.All(report.Rows, r => Assert.Equal((1L, 1L), (r.Instances, r.OperationsPerInference)));
        Assert.Equal(report.Rows.Sum(r => r.JoulesPerInference), report.TotalJoules, tolerance: 1e-15 * report.TotalJoules);
    }
}
