using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The box plots of a co-simulation run, in the form of [P3] Fig. 7c/f, one pair of figures per neighbouring
/// level pair a→b: <c>deltas_a-b_outputs.png</c> (signed Δ = b − a of each final-layer output over the samples, one box
/// per output named by its class when the data set names them) and <c>deltas_a-b_layers.png</c> (per layer, the
/// per-sample mean |Δ|); each also as SVG. The value axis reads in the unit the magnitudes call for
/// (<see cref="VoltageScale"/>: V, mV, µV, …).
/// </summary>
public static partial class CosimPlots
{
    /// <summary>Writes the figures of <paramref name="report"/> into <paramref name="directory"/>; returns their file names.</summary>
    public static IReadOnlyList<string> Write(CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = report.Levels.Select(CosimLevels.Name).ToList();
        var written = new List<string>();
        if (report.Samples.Count == 0)
        {
            return written;
        }

        var outputs = CosimTables.OutputDeltas(report).ToList();
        for (var pair = 0; pair + 1 < names.Count; pair++)
        {
            var stem = $"deltas_{names[pair]}-{names[pair + 1]}";
            var perOutput = outputs.Where(d => d.Pair == pair).ToList();
            var outputScale = VoltageScale.For(perOutput.SelectMany(d => d.Sorted));
            written.AddRange(Save(directory, stem + "_outputs", new BoxChart
            {
                Title = $"{names[pair + 1]} − {names[pair]}: final-layer outputs over {report.Samples.Count} sample(s)",
                ValueLabel = outputScale.Label("ΔV"),
                CategoryLabel = (report.ClassNames ?? report.DisplayClassNames) is null ? "output" : "output (class)",
                Labels = perOutput.Select(d => OutputLabel(report, d.Output)).ToList(),
                Boxes = perOutput.Select(d => Box(d.Sorted, outputScale)).ToList(),
            }));
            var layerMeans = report.Layers.Select((_, layer) => report.Samples.Select(s => s.MeanAbsDeltaVolts[layer, pair]).Order().ToArray()).ToList();
            var layerScale = VoltageScale.For(layerMeans.SelectMany(m => m));
            written.AddRange(Save(directory, stem + "_layers", new BoxChart
            {
                Title = $"{names[pair]} → {names[pair + 1]}: per-sample mean |ΔV| per layer",
                ValueLabel = layerScale.Label("mean |ΔV|"),
                CategoryLabel = "layer",
                Labels = report.Layers,
                Boxes = layerMeans.Select(m => Box(m, layerScale)).ToList(),
                WidthPixels = Math.Max(900, 110 * report.Layers.Count),
            }));
        }

        return written;
    }

    /// <summary>
    /// <paramref name="svg"/> with its clip-path ids (<c>cl_</c> and a hexadecimal number) renumbered 1, 2, … in order of appearance: Skia
    /// numbers them with a counter global to the process, so the same figure drawn after other figures would otherwise
    /// differ, and a merged run (<c>cosim-merge</c>) could not give an unsharded run's bytes.
    /// </summary>
    internal static string NumberClipsFromOne(string svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            if (!numbers.TryGetValue(match.Value, out var number))
            {
                number = numbers.Count + 1;
                numbers[match.Value] = number;
            }

            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cl_{number}");
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[""#])cl_[0-9a-f]+(?=["")])")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    /// <summary>The label of final-layer output <paramref name="output"/>: the data set's class name when it names its
    /// classes (or is known by names, <see cref="CosimReport.DisplayClassNames"/>), else the output's index.</summary>
    internal static string OutputLabel(CosimReport report, int output) =>
        (report.ClassNames ?? report.DisplayClassNames) is { } classes && output < classes.Count
            ? classes[output]
            : output.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (double, double, double, double, double) Box(double[] sorted, VoltageScale scale) =>
        (scale.Of(sorted[0]), scale.Of(CosimTables.Quantile(sorted, 0.25)), scale.Of(CosimTables.Quantile(sorted, 0.5)), scale.Of(CosimTables.Quantile(sorted, 0.75)), scale.Of(sorted[^1]));

    private static IEnumerable<string> Save(string directory, string stem, BoxChart chart)
    {
        foreach (var (extension, save) in new (string, Action<BoxChart, string>)[] { (".png", BoxChartRenderer.SavePng), (".svg", BoxChartRenderer.SaveSvg) })
        {
            var path = Path.Combine(directory, stem + extension);
            var temporary = path + ".partial";
            save(chart, temporary);
            if (extension == ".svg")
            {
                File.WriteAllText(temporary, NumberClipsFromOne(File.ReadAllText(temporary)));
            }

            File.Move(temporary, path, overwrite: true);
            yield return stem + extension;
        }
    }
}
