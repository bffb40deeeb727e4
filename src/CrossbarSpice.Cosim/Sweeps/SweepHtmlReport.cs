using System.Globalization;
using CrossbarSpice.Analysis.Report;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// <c>report.html</c> of a finished sweep: one self-contained page with what was swept (the spec), the software
/// reference accuracy, the summary table (<c>summary.csv</c>), the accuracy plot (its SVG inline) and a link to
/// <c>provenance.json</c> (not its contents, which differ between shards). Written from the sweep's own files after them, so <c>sweep-merge</c> writes the
/// bytes of the unsharded sweep.
/// </summary>
public static class SweepHtmlReport
{
    /// <summary>File name in the sweep folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes the page of <paramref name="summary"/> into <paramref name="directory"/> (atomically).</summary>
    public static void Write(SweepSummary summary, string directory)
    {
        ArgumentNullException.ThrowIfNull(summary);
        AtomicOutput.WriteText(Path.Combine(directory, FileName), Render(summary, directory));
    }

    /// <summary>The page's text, reading <c>summary.csv</c>, and <c>accuracy.svg</c> in <paramref name="directory"/>.</summary>
    public static string Render(SweepSummary summary, string directory)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        var spec = summary.Spec;
        var design = Path.GetFileName(spec.Design.TrimEnd('/', '\\'));
        var page = new HtmlPage($"Sweep of {spec.Parameter}: {design}");
        page.Paragraph(string.Create(inv, $"Accuracy of {design} at the {spec.Level} level over {spec.Samples} {spec.Split} sample(s) of {spec.Data}, {spec.Seeds.Count} seed(s) per point; software reference (ideal level) on the same samples: {100 * summary.SoftwareAccuracy:F2} %."));
        page.Section("What was swept", "spec");
        page.Pairs([
            new("parameter", spec.Parameter),
            new("series", string.Join(", ", spec.Series())),
            new("values", string.Join(", ", spec.Values.Select(v => v.ToString("R", inv)))),
            new("seeds", string.Join(", ", spec.Seeds.Select(s => s.ToString(inv)))),
            new("level", spec.Level),
            new("design SHA-256", spec.DesignSha256),
        ]);
        page.Section("Accuracy per point", "summary");
        page.Table(HtmlTable.FromCsv(File.ReadAllText(Path.Combine(directory, "summary.csv")), "summary.csv: accuracy (fraction) over the seeds per series and value", "summary"));
        var svg = Path.Combine(directory, "accuracy.svg");
        if (File.Exists(svg))
        {
            page.Section("Accuracy plot", "plot");
            page.Figure(File.ReadAllText(svg), "accuracy.svg");
        }

        ReportProvenance.AddLink(page);
        return page.Render();
    }
}
