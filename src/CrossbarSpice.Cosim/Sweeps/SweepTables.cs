using System.Globalization;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CsvHelper;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// The tables of a finished sweep, each written atomically and made only from the spec and the unit results, so an
/// unsharded run and a merge of shards write the same bytes: <c>sweep.json</c>, <c>progress.csv</c> (unit order),
/// <c>points.csv</c> (series, value, seed, correct, samples, accuracy per unit) and <c>summary.csv</c> (series, value,
/// seeds, mean, std, min, max of the accuracy over the seeds, and the software accuracy). Accuracies are fractions.
/// </summary>
public static class SweepTables
{
    /// <summary>File names written, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = [SweepDocument.FileName, SweepProgressFile.FileName, "points.csv", "summary.csv"];

    /// <summary>Writes the four files of the whole sweep <paramref name="document"/> into <paramref name="directory"/>.</summary>
    /// <returns>The summary the tables hold.</returns>
    public static SweepSummary Write(SweepDocument document, IReadOnlyList<SweepUnitResult> results, string directory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(results);
        if (document.Shard is not null)
        {
            throw new ArgumentException("the tables are written for a whole sweep, not a shard", nameof(document));
        }

        var summary = SweepSummary.Of(document.Spec, results);
        var ordered = results.OrderBy(r => r.Unit.Index).ToList();
        AtomicOutput.WriteText(Path.Combine(directory, SweepDocument.FileName), document.ToJson());
        AtomicOutput.WriteText(Path.Combine(directory, SweepProgressFile.FileName), SweepProgressFile.Text(ordered));
        AtomicOutput.WriteText(Path.Combine(directory, "points.csv"), Csv(
            ["series", "value", "seed", "correct", "samples", "accuracy"],
            ordered.Where(r => !r.Unit.IsSoftware).Select(r => (IEnumerable<string>)[
                r.Unit.Series, InvariantNumber.Format(r.Unit.Value), r.Unit.Seed.ToString(CultureInfo.InvariantCulture),
                InvariantNumber.Format(r.Correct), InvariantNumber.Format(r.Samples), InvariantNumber.Format(r.Accuracy)])));
        AtomicOutput.WriteText(Path.Combine(directory, "summary.csv"), Csv(
            ["series", "value", "seeds", "mean", "std", "min", "max", "software_accuracy"],
            summary.Points.Select(p => (IEnumerable<string>)[
                p.Series, InvariantNumber.Format(p.Value), InvariantNumber.Format(p.Seeds), InvariantNumber.Format(p.Mean),
                InvariantNumber.Format(p.Std), InvariantNumber.Format(p.Min), InvariantNumber.Format(p.Max), InvariantNumber.Format(summary.SoftwareAccuracy)])));
        return summary;
    }

    private static string Csv(IReadOnlyList<string> header, IEnumerable<IEnumerable<string>> rows) => CsvTable.Text(header, rows);
}
