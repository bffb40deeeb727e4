using System.Globalization;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Levels;
using CsvHelper;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The summary tables of a run, each written atomically: <c>predictions.csv</c> (with class-name columns when the data
/// set names its classes, and then also <c>classes.csv</c>, per class the samples and correct ones per level),
/// <c>accuracy.csv</c>,
/// <c>agreement.csv</c> (every level pair) and <c>layer-deltas.csv</c> (per layer and neighbouring level pair, |Δ| in
/// volts = network units × OutputVoltsPerUnit: mean and max over every element of every sample; median and p95 of the
/// per-sample mean |Δ|).
/// </summary>
public static class CosimTables
{
    /// <summary>Writes the tables of <paramref name="report"/> into <paramref name="directory"/>.</summary>
    public static void Write(CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = report.Levels.Select(CosimLevels.Name).ToList();
        if (report.ClassNames is { } classes)
        {
            // Names only when the data set has them, so the tables of an unnamed run keep their columns.
            Save(directory, "predictions.csv", ["sample", "label", .. names.Select(n => $"predicted_{n}"), "label_name", .. names.Select(n => $"predicted_name_{n}")], report.Samples.Select(s =>
                (IEnumerable<string>)[Int(s.Index), Int(s.Label), .. s.Predicted.Select(Int), Name(classes, s.Label), .. s.Predicted.Select(p => Name(classes, p))]));
            Save(directory, "classes.csv", ["class", "name", "samples", .. names.Select(n => $"correct_{n}"), .. names.Select(n => $"accuracy_{n}")], Enumerable.Range(0, classes.Count).Select(c =>
            {
                var of = report.Samples.Where(s => s.Label == c).ToList();
                var correct = names.Select((_, l) => of.Count(s => s.Predicted[l] == c)).ToList();
                return (IEnumerable<string>)[Int(c), classes[c], Int(of.Count), .. correct.Select(Int), .. correct.Select(k => CosimCsv.Number(of.Count == 0 ? 0.0 : (double)k / of.Count))];
            }));
        }
        else
        {
            Save(directory, "predictions.csv", ["sample", "label", .. names.Select(n => $"predicted_{n}")], report.Samples.Select(s =>
                (IEnumerable<string>)[Int(s.Index), Int(s.Label), .. s.Predicted.Select(Int)]));
        }

        Save(directory, "accuracy.csv", ["level", "correct", "total", "accuracy"], names.Select((n, l) =>
            (IEnumerable<string>)[n, Int(report.Correct(l)), Int(report.Samples.Count), CosimCsv.Number(report.Accuracy(l))]));

        var agreement = new List<IEnumerable<string>>();
        for (var a = 0; a < names.Count; a++)
        {
            for (var b = a + 1; b < names.Count; b++)
            {
                var agreeing = report.Agreeing(a, b);
                var fraction = report.Samples.Count == 0 ? 0.0 : (double)agreeing / report.Samples.Count;
                agreement.Add([names[a], names[b], Int(agreeing), Int(report.Samples.Count), CosimCsv.Number(fraction)]);
            }
        }

        Save(directory, "agreement.csv", ["level_a", "level_b", "agreeing", "total", "agreement"], agreement);

        var deltas = new List<IEnumerable<string>>();
        for (var layer = 0; layer < report.Layers.Count; layer++)
        {
            for (var pair = 0; pair + 1 < names.Count; pair++)
            {
                var means = report.Samples.Select(s => s.MeanAbsDeltaVolts[layer, pair]).Order().ToArray();
                var max = report.Samples.Count == 0 ? 0.0 : report.Samples.Max(s => s.MaxAbsDeltaVolts[layer, pair]);
                deltas.Add([
                    report.Layers[layer], names[pair], names[pair + 1],
                    CosimCsv.Number(means.Length == 0 ? 0.0 : means.Average()),
                    CosimCsv.Number(Quantile(means, 0.5)), CosimCsv.Number(Quantile(means, 0.95)), CosimCsv.Number(max),
                    CosimCsv.Number(report.VoltsPerUnit)]);
            }
        }

        Save(directory, "layer-deltas.csv", ["layer", "level_a", "level_b", "mean_abs_V", "sample_mean_median_V", "sample_mean_p95_V", "max_abs_V", "volts_per_unit"], deltas);

        Save(directory, "output-deltas.csv", ["level_a", "level_b", "output", "samples", "min_V", "q1_V", "median_V", "q3_V", "max_V", "mean_V"], OutputDeltas(report).Select(d =>
            (IEnumerable<string>)[names[d.Pair], names[d.Pair + 1], Int(d.Output), Int(d.Sorted.Length), .. new[] { d.Sorted.FirstOrDefault(), Quantile(d.Sorted, 0.25), Quantile(d.Sorted, 0.5), Quantile(d.Sorted, 0.75), d.Sorted.LastOrDefault(), d.Sorted.Length == 0 ? 0.0 : d.Sorted.Average() }.Select(CosimCsv.Number)]));
    }

    /// <summary>
    /// Per neighbouring level pair and final-layer output, the signed differences (level b − level a, V) over the
    /// samples, sorted: the data of [P3] Fig. 7c/f's box plots.
    /// </summary>
    public static IEnumerable<(int Pair, int Output, double[] Sorted)> OutputDeltas(CosimReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outputs = report.Samples.Count == 0 ? 0 : report.Samples[0].OutputVolts.GetLength(1);
        for (var pair = 0; pair + 1 < report.Levels.Count; pair++)
        {
            for (var j = 0; j < outputs; j++)
            {
                yield return (pair, j, report.Samples.Select(s => s.OutputVolts[pair + 1, j] - s.OutputVolts[pair, j]).Order().ToArray());
            }
        }
    }

    /// <summary>Linear-interpolated quantile <paramref name="q"/> ∈ [0, 1] of sorted <paramref name="sorted"/>; 0 when empty.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0.0;
        }

        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(IReadOnlyList<string> classes, int index) => index < classes.Count ? classes[index] : Int(index);

    private static void Save(string directory, string name, IReadOnlyList<string> header, IEnumerable<IEnumerable<string>> rows) =>
        AtomicOutput.WriteText(Path.Combine(directory, name), CsvTable.Text(header, rows));
}
