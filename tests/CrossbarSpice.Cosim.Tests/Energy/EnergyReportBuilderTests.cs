using System.Globalization;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Devices;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>The energy and area report of generated 2-layer designs.</summary>
public sealed class EnergyReportBuilderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-energy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Build_DoubledColumns_DoublesArrayArea()
    {
        // Analytic: fc1 of 4 inputs + bias on 2·hidden columns; hidden 3 → 6 doubles its columns and its cells.
        var three = AreaReport(TinyDesign.Compile(directory, "three", hidden: 3));
        var six = AreaReport(TinyDesign.Compile(directory, "six", hidden: 6));

        var area3 = ArrayRow(three, "fc1").AreaSquareMeters;
        var area6 = ArrayRow(six, "fc1").AreaSquareMeters;

        Assert.Equal(5 * 6 * 1.2e-11, area3, tolerance: 1e-12 * area3);
        Assert.Equal(2 * area3, area6, tolerance: 1e-12 * area3);
    }

    [Fact]
    public void AreaChart_Legend_NamesTheSourcesAsTheAreaTableDoes()
    {
        var report = AreaReport(TinyDesign.Compile(directory, "legend", hidden: 3));

        var chart = EnergyReportChart.Area(report);

        // The area of a simulated module is its device-count estimate, not a simulation: the legend says so, like area.csv.
        Assert.Equal(EnergyReportCsv.AreaSource(ModuleSource.Simulated), chart.NormalLabel);
        Assert.Equal("device count", chart.NormalLabel);
        Assert.StartsWith("estimate", chart.HighlightLabel, StringComparison.Ordinal);
        var sources = Core.Formatting.CsvRows.Parse(EnergyReportCsv.Area(report), source: null).Skip(1).Select(r => r.Fields[^2]).ToHashSet();
        Assert.Contains(chart.NormalLabel, sources);
        Assert.Equal("simulated", EnergyReportChart.Energy(report).NormalLabel);
    }

    [Fact]
    public void Build_EnergyReport_ModulesAddUpToTotalInReportAndCsvAndEstimatesAreMarked()
    {
        var folder = TinyDesign.Compile(directory, "sum", hidden: 3);
        var report = EnergyReportFor(folder, out _);

        Assert.Equal(report.Rows.Sum(r => r.JoulesPerInference), report.TotalJoules, tolerance: 1e-15 * report.TotalJoules);
        Assert.All(report.Rows, r => Assert.True(r.JoulesPerInference > 0 && double.IsFinite(r.JoulesPerInference), $"{r.Group} {r.Module}: {r.JoulesPerInference}"));

        var lines = EnergyReportCsv.Energy(report).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var energy = Array.IndexOf(header, "energy_pJ");
        var source = Array.IndexOf(header, "source");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var total = rows.Single(r => r[0] == "total");
        var sum = rows.Where(r => r[0] != "total").Sum(r => double.Parse(r[energy], CultureInfo.InvariantCulture));
        Assert.Equal(sum, double.Parse(total[energy], CultureInfo.InvariantCulture), tolerance: 1e-9 * sum);

        foreach (var estimate in new[] { "DAC (8-bit)", "ADC (8-bit)", "input buffer (SRAM)", "timing generator" })
        {
            Assert.Equal("estimate", rows.Single(r => r[1] == estimate)[source]);
        }

        Assert.Equal("simulated", rows.Single(r => r[0] == "fc1" && r[1].StartsWith("synapse array", StringComparison.Ordinal))[source]);
        Assert.Equal("simulated", rows.Single(r => r[0] == "fc1" && r[1] == "readout: current-subtractor")[source]);
    }

    [Fact]
    public void Measure_IdealWiresPassiveCells_ArrayPowerIsSumOfVSquaredG()
    {
        // Analytic: with 0 Ω segments and drivers every cell sees its row voltage across it, so a read draws
        // Σ_rows V_row² Σ_columns G exactly (mean input 0.5 units on the inputs, the bias row at V/unit · bias input).
        var folder = TinyDesign.Compile(directory, "ideal", hidden: 3, segmentOhms: 0);
        var design = CosimDesign.Open(folder);
        var (inputs, _) = RepresentativeInputs.Default(1, 4, null);

        var figures = CrossbarReadEnergy.Measure(design, inputs);

        var layer = design.Folder.Plan.Layers.Single(l => l.Name == "fc1");
        var options = design.Folder.Manifest.Options;
        var tile = layer.Tiles.Single().Programmed.Conductances;
        var expected = 0.0;
        for (var r = 0; r < tile.Rows; r++)
        {
            var volts = r < layer.Layout.Inputs ? 0.5 * options.InputVoltsPerUnit : options.InputVoltsPerUnit * layer.Layout.BiasInput;
            for (var c = 0; c < tile.Columns; c++)
            {
                expected += volts * volts * tile[r, c];
            }
        }

        var fc1 = figures.Single(f => f.Layer == "fc1");
        Assert.Equal(1, fc1.ReadsPerInference);
        Assert.True(Math.Abs(fc1.MeanSourceWatts - expected) <= 1e-12 * expected, $"{fc1.MeanSourceWatts} W vs Σ V²G = {expected} W");
    }

    private static ModuleRow ArrayRow(EnergyReport report, string layer) =>
        report.Rows.Single(r => r.Group == layer && r.Module.StartsWith("synapse array", StringComparison.Ordinal));

    private static ProcessCard Process() => (ProcessCard)DeviceCardReader.Read(RepositoryRoot.Combine("device-cards", "cmos-180nm.json"));

    private static EnergyReportInputs Inputs(DeviceCard process, IReadOnlyDictionary<string, Circuits.Characterisation.OperationEnergy> periphery) => new()
    {
        Periphery = periphery,
        CellSquareMeters = 1.2e-11,
        ReadSeconds = 100e-9,
        CardReadVolts = 0.5,
        FeatureMeters = ((ProcessCard)process).FeatureSizeMeters,
        VddVolts = ((ProcessCard)process).VddVolts,
        ProcessKey = "cmos-180nm",
    };

    private static EnergyReport AreaReport(string folder)
    {
        var design = CosimDesign.Open(folder);
        var process = Process();
        var library = new PeripheryEnergyLibrary(process, null, null);
        var uses = PeripheryPlan.Uses(design.Network, design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows), false);
        return EnergyReportBuilder.Build("t", design.Network, design.Folder.Plan, design.Folder.Manifest.Options, Inputs(process, library.AreaOnly(PeripheryPlan.ModulesOf(uses))));
    }

    private EnergyReport EnergyReportFor(string folder, out CosimDesign design)
    {
        design = CosimDesign.Open(folder);
        var process = Process();
        var library = new PeripheryEnergyLibrary(process, TransistorModelLevel.Bsim3, Path.Combine(directory, "cache"));
        var uses = PeripheryPlan.Uses(design.Network, design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows), false);
        using var engine = new NgspiceEngine(maxConcurrentRuns: 2);
        var periphery = library.Measure(PeripheryPlan.ModulesOf(uses), new NgspiceBenchSimulator(engine), 2);
        var (inputs, basis) = RepresentativeInputs.Default(1, 4, null);
        return EnergyReportBuilder.Build("t", design.Network, design.Folder.Plan, design.Folder.Manifest.Options, Inputs(process, periphery) with
        {
            Crossbars = CrossbarReadEnergy.Measure(design, inputs),
            InputsBasis = basis,
        });
    }
}
