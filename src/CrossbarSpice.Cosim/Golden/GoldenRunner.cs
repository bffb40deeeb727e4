using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>
/// Golden co-simulation regression: every case folder under a root (<c>golden/cosim/&lt;case&gt;/case.json</c>) is
/// compiled afresh into a scratch folder, its images run at each of its levels, and the final layer's outputs compared
/// with <c>outputs.csv</c> within the case's per-level tolerance (and the predicted classes exactly). <see cref="Update"/>
/// is the only writer of <c>outputs.csv</c>.
/// </summary>
public static class GoldenRunner
{
    /// <summary>The case folders under <paramref name="root"/>, sorted; only <paramref name="only"/> when given.</summary>
    /// <exception cref="InputException">No case, or the named one is missing.</exception>
    public static IReadOnlyList<string> Cases(string root, string? only = null)
    {
        var cases = Directory.Exists(root)
            ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "case.json"))).Order(StringComparer.Ordinal).ToList()
            : [];
        if (only is not null)
        {
            cases = cases.Where(c => Path.GetFileName(c) == only).ToList();
        }

        return cases.Count > 0
            ? cases
            : throw new InputException(new SourceLocation(root, Field: only), only is null ? "no golden case (a folder with case.json) here" : $"no golden case named '{only}' here");
    }

    /// <summary>
    /// Runs <paramref name="caseFolder"/> and compares it with its recorded outputs. Before anything runs, the recorded
    /// outputs and the tolerances must keep neighbouring levels apart (<see cref="GoldenGuard"/>).
    /// </summary>
    /// <exception cref="InputException">A malformed case, or tolerances that would let a level pass with its neighbour's values.</exception>
    public static GoldenComparison Check(string caseFolder, LabelledSamples data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(caseFolder, "case.json");
        var golden = GoldenCase.Read(path);
        var expected = GoldenOutputs.Read(Path.Combine(caseFolder, "outputs.csv"));
        GoldenGuard.Enforce(GoldenGuard.Gaps(golden, path, expected), path);
        var actual = Compute(golden, path, data, progress, cancellationToken);
        return GoldenComparison.Compare(Path.GetFileName(caseFolder), golden, path, expected, actual);
    }

    /// <summary>
    /// Runs <paramref name="caseFolder"/> and (re)writes its <c>outputs.csv</c> — only when the new outputs keep every
    /// pair of neighbouring levels further apart than the tolerances allow a value to move (<see cref="GoldenGuard"/>);
    /// otherwise the file stays as it was.
    /// </summary>
    /// <exception cref="InputException">A malformed case, or tolerances that would let a level pass with its neighbour's values (the error lists the measured gaps).</exception>
    public static GoldenRecording Update(string caseFolder, LabelledSamples data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(caseFolder, "case.json");
        var golden = GoldenCase.Read(path);

        // A malformed waiver is refused before the simulation runs, not after minutes of it.
        _ = GoldenGuard.Gaps(golden, path, new GoldenOutputs([]));
        var outputs = Compute(golden, path, data, progress, cancellationToken);
        var gaps = GoldenGuard.Gaps(golden, path, outputs);
        GoldenGuard.Enforce(gaps, path);
        Core.IO.AtomicOutput.WriteText(Path.Combine(caseFolder, "outputs.csv"), outputs.ToCsv());
        return new GoldenRecording(outputs, gaps);
    }

    private static GoldenOutputs Compute(GoldenCase golden, string path, LabelledSamples data, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var levels = golden.Levels(path);
        var scratch = Directory.CreateTempSubdirectory("crossbarspice-golden-").FullName;
        try
        {
            var folder = Path.Combine(scratch, "design");
            progress?.Report($"{Path.GetFileName(Path.GetDirectoryName(path))}: compiling {golden.Architecture}");
            CompileInto(golden, path, folder);
            var design = CosimDesign.Open(folder);
            var voltsPerUnit = design.OutputVoltsPerUnit;
            var samples = OptionFieldOf(path, () => DesignSamples.Of(design, data, golden.Samples));
            var inputs = Enumerable.Range(0, samples.Count).Select(samples.Input).ToList();
            var rows = new List<GoldenOutput>();
            foreach (var level in levels)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"  {CosimLevels.Name(level)}: {inputs.Count} sample(s)");
                var forward = design.Level(level);
                try
                {
                    var outputs = forward is IBatchLevelForward batch
                        ? batch.Forward(inputs, cancellationToken)
                        : inputs.Select(forward.Forward).ToList();
                    for (var s = 0; s < outputs.Count; s++)
                    {
                        var last = outputs[s][^1];
                        var predicted = Array.IndexOf(last, last.Max());
                        rows.AddRange(last.Select((v, o) => new GoldenOutput(CosimLevels.Name(level), s, o, v * voltsPerUnit, predicted)));
                    }
                }
                finally
                {
                    (forward as IDisposable)?.Dispose();
                }
            }

            return new GoldenOutputs(rows);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void CompileInto(GoldenCase golden, string path, string folder)
    {
        var card = DeviceCardReader.ReadMemristor(golden.Device);
        var network = ModelLoader.Load(golden.Architecture, golden.Weights);
        var process = PeripheryProcess.Resolve(DeviceCardReader.Read(golden.Process), "periphery", new PeripheryRequirements(Transistors: true, SplitSupply: true));
        var c = golden.Compile;
        var defaults = new CompileOptions { DesignName = "golden" };
        var options = new CompileOptions
        {
            DesignName = "golden",
            Process = process,
            Cell = c.Cell is null
                ? null
                : CellKindNames.Find(c.Cell) ?? throw new InputException(new SourceLocation(path, Field: "compile.cell"), $"expected {CellKindNames.List}, found '{c.Cell}'"),
            SegmentOhms = c.SegmentOhms ?? defaults.SegmentOhms,
            OutputVoltsPerUnit = c.OutputVoltsPerUnit ?? defaults.OutputVoltsPerUnit,
            MaxTileRows = c.MaxTileRows ?? defaults.MaxTileRows,
            MaxTileColumns = c.MaxTileColumns ?? defaults.MaxTileColumns,
            Seed = c.Seed ?? defaults.Seed,
            Lstm = c.LstmSigmoid is null
                ? defaults.Lstm
                : defaults.Lstm with { Sigmoid = LstmSigmoids.Parse(c.LstmSigmoid) ?? throw new InputException(new SourceLocation(path, Field: "compile.lstmSigmoid"), $"expected six-transistor or general, found '{c.LstmSigmoid}'") },
        };
        var inputs = new ManifestInputs(ManifestFile.Of(golden.Architecture), [ManifestFile.Of(golden.Weights)], ManifestFile.Of(golden.Device), ManifestFile.Of(golden.Process));
        CompiledDesignWriter.Write(NetworkCompiler.Compile(network, card, options, inputs), folder);
        DesignNetworkCopy.Write(inputs, folder);
    }


    /// <summary>The case's samples; a sample count beyond the data set is reported as the case file's field.</summary>
    private static DesignSamples OptionFieldOf(string path, Func<DesignSamples> take)
    {
        try
        {
            return take();
        }
        catch (InputException exception) when (exception.Location.Field == "Samples")
        {
            throw new InputException(new SourceLocation(path, Field: "samples"), exception.Problem, exception);
        }
    }

    /// <summary>Formats a volt value for diffs.</summary>
    internal static string Volts(double value) => value.ToString("0.000000E+0", CultureInfo.InvariantCulture) + " V";
}
