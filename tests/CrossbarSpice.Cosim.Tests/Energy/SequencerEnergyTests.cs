using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>The energy report of a miniature sequencer (<see cref="TinySequencer"/>): LSTM layers and the seed-000 Table III breakdown.</summary>
public sealed class SequencerEnergyTests : IClassFixture<SequencerEnergyTests.Measured>
{
    private readonly Measured measured;

    public SequencerEnergyTests(Measured measured) => this.measured = measured;

    [Fact]
    public void Build_BiLstm2d_LayerEnergyIsStepsTimesCrossbarPlusCellPeripheryPerStep()
    {
        // Expected from the same inputs the report used: per step, every cell reads its crossbar (its measured mean
        // power × t_read) and every hidden unit operates its periphery once (the library's ngspice energy per
        // operation of each module × instances per unit) and samples h and c; × H·W steps.
        var report = measured.Report;
        const double t = 100e-9;
        var cells = measured.Crossbars.Where(c => c.Group == "block1.bilstm2d").ToList();
        Assert.Equal(4, cells.Count);
        Assert.All(cells, c => Assert.Equal(TinySequencer.Tokens, c.ReadsPerInference));
        Assert.All(cells, c => Assert.Equal(TinySequencer.Tokens, c.ReadsMeasured));

        var perStep = cells.Sum(c => c.MeanSourceWatts * t);
        foreach (var (_, module, perUnit) in LstmCellPeriphery.PerUnit(LstmCellPeriphery.SixTransistor))
        {
            perStep += cells.Count * TinySequencer.Hidden * perUnit * measured.Periphery[module].JoulesFor(t);
        }

        var hold = ParametricEstimates.SampleAndHold(measured.Process.VddVolts, 1, measured.Process.FeatureSizeMeters);
        perStep += cells.Count * TinySequencer.Hidden * LstmCellPeriphery.HeldValuesPerUnit * hold.JoulesPerOperation;
        var expected = TinySequencer.Tokens * perStep;

        var actual = report.Rows.Where(r => r.Group == "block1.bilstm2d").Sum(r => r.JoulesPerInference);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"{actual} J vs steps × per step {expected} J");
        Assert.Equal(4, report.Rows.Count(r => r.Group == "block1.bilstm2d" && r.Module.StartsWith("synapse array", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_DenseOnTokens_ReadsOncePerToken()
    {
        // Analytic: dense 4 → 4 on tokens [2, 3, 4] reads its crossbar once per token (6), each output once per read.
        var fc1 = measured.Crossbars.Single(c => c.Layer == "block1.fc1");
        Assert.Equal(TinySequencer.Tokens, fc1.ReadsPerInference);
        var readout = measured.Report.Rows.Single(r => r.Group == "block1.fc1" && r.Module == "readout: current-subtractor");
        Assert.Equal(4, readout.Instances);
        Assert.Equal(4 * TinySequencer.Tokens, readout.OperationsPerInference);
    }

    [Fact]
    public void Breakdown_TinySequencer_EveryTableThreeCategoryHasARowAndTheySumToTheTotal()
    {
        var report = measured.Report;
        var categories = TableThreeBreakdown.Of(measured.Design.Network, report);

        foreach (var (category, _) in TableThree.Seed)
        {
            var row = categories.Single(c => c.Category == category);
            Assert.True(row.JoulesPerInference > 0, $"{category}: {row.JoulesPerInference} J ({row.Members})");
        }

        Assert.Equal(report.TotalJoules, categories.Sum(c => c.JoulesPerInference), tolerance: 1e-12 * report.TotalJoules);
        Assert.Equal(report.TotalSquareMeters, categories.Sum(c => c.AreaSquareMeters), tolerance: 1e-12 * report.TotalSquareMeters);
        var layers = TableThreeBreakdown.LayerCategories(measured.Design.Network);
        Assert.Equal(TableThree.PatchEmbedding, layers["patch"]);
        Assert.Equal(TableThree.BiLstm2d, layers["block1.bilstm2d"]);
        Assert.Equal(TableThree.Normalisation, layers["block1.norm"]);
        Assert.Equal(TableThree.Mlp, layers["block1.fc1.relu"]);
        Assert.Equal(TableThree.Mlp, layers["block1.fc2"]);
        Assert.Equal(TableThree.Gap, layers["gap"]);
        Assert.Equal(TableThree.Classifier, layers["head"]);

        var csv = TableThreeTables.Csv(categories, report, withEnergy: true).TrimEnd('\n').Split('\n');
        Assert.Equal("category,energy_pJ,power_mW,area_um2,seed000_pJ,members", csv[0]);
        Assert.StartsWith("total,", csv[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_GeneralSigmoidChoice_ReplacesSixTransistorCells()
    {
        var network = measured.Design.Network;
        var rows = measured.Design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows);

        var general = PeripheryPlan.Uses(network, rows, false, new Dictionary<string, string> { ["block1.bilstm2d"] = LstmCellPeriphery.General });
        var standard = PeripheryPlan.Uses(network, rows, false);

        Assert.DoesNotContain(general, u => u.Module == "sigmoid-6t");
        Assert.Equal(4 * 3, general.Single(u => u.Module == "general-sigmoid").Instances);
        Assert.Equal(4 * (3 + 2), standard.Where(u => u.Module == "sigmoid-6t").Sum(u => u.Instances));
    }

    /// <summary>The tiny sequencer compiled, its periphery simulated and its report built once for the class.</summary>
    public sealed class Measured : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-seqenergy-").FullName;

        public Measured()
        {
            Design = CosimDesign.Open(TinySequencer.Compile(directory, "tinyseq"));
            Process = (ProcessCard)DeviceCardReader.Read(RepositoryRoot.Combine("device-cards", "cmos-180nm.json"));
            var library = new PeripheryEnergyLibrary(Process, TransistorModelLevel.Bsim3, Path.Combine(directory, "cache"));
            var uses = PeripheryPlan.Uses(Design.Network, Design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows), false);
            using (var engine = new NgspiceEngine(maxConcurrentRuns: 2))
            {
                Periphery = library.Measure(PeripheryPlan.ModulesOf(uses), new NgspiceBenchSimulator(engine), 2);
            }

            var (inputs, basis) = RepresentativeInputs.Default(1, 24, null);
            Crossbars = CrossbarReadEnergy.Measure(Design, inputs);
            Report = EnergyReportBuilder.Build("tinyseq", Design.Network, Design.Folder.Plan, Design.Folder.Manifest.Options, new EnergyReportInputs
            {
                Crossbars = Crossbars,
                Periphery = Periphery,
                CellSquareMeters = 1.2e-11,
                ReadSeconds = 100e-9,
                CardReadVolts = 0.5,
                FeatureMeters = Process.FeatureSizeMeters,
                VddVolts = Process.VddVolts,
                ProcessKey = "cmos-180nm",
                InputsBasis = basis,
            });
        }

        public CosimDesign Design { get; }

        public ProcessCard Process { get; }

        public IReadOnlyDictionary<string, OperationEnergy> Periphery { get; }

        public IReadOnlyList<CrossbarReadFigures> Crossbars { get; }

        public EnergyReport Report { get; }

        public void Dispose() => Directory.Delete(directory, recursive: true);
    }
}
