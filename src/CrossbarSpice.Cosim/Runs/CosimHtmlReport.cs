using System.Globalization;
using CrossbarSpice.Analysis.Report;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// <c>report.html</c> of a cosim run: one self-contained page with the accuracy per level (the bytes of
/// <c>accuracy.csv</c>), the error budget (loss against the previous and the first level, agreement with the previous
/// level), the inputs against the DAC range, the per-layer |ΔV| summary (<c>layer-deltas.csv</c>), the ΔV box plots
/// (their SVGs inline), a confusion matrix per level (named classes when the data set has them) and a link to
/// <c>provenance.json</c> (not its contents, which differ between shards and resumes). Written from the report and the run folder's own files only, after the tables and
/// plots, so <c>cosim-merge</c> writes the bytes of the unsharded run.
/// </summary>
public static class CosimHtmlReport
{
    /// <summary>File name in the run folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes the page of <paramref name="report"/> into <paramref name="directory"/> (atomically).</summary>
    public static void Write(CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        AtomicOutput.WriteText(Path.Combine(directory, FileName), Render(report, directory));
    }

    /// <summary>The page's text for <paramref name="report"/>, reading the tables and plots in <paramref name="directory"/>.</summary>
    public static string Render(CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var names = report.Levels.Select(CosimLevels.Name).ToList();
        var page = new HtmlPage("Co-simulation report");
        page.Paragraph(string.Create(inv, $"{report.Samples.Count} sample(s) at the levels {string.Join(", ", names)}; layer outputs at {report.VoltsPerUnit:G6} V per network unit."));

        page.Section("Accuracy per level", "accuracy");
        page.Table(HtmlTable.FromCsv(File.ReadAllText(Path.Combine(directory, "accuracy.csv")), "accuracy.csv: correct predictions per level (accuracy as a fraction)", "accuracy"));

        page.Section("Error budget", "budget");
        page.Table(Budget(report, names));

        page.Section("Inputs against the DAC range", "dac-range");
        DacRange(page, report.InputRange);

        page.Section("Per-layer summary: |ΔV| between neighbouring levels", "stages");
        page.Table(HtmlTable.FromCsv(File.ReadAllText(Path.Combine(directory, "layer-deltas.csv")), "layer-deltas.csv (to 4 significant digits): per layer and level pair, |ΔV| over every element (mean, max) and the per-sample mean (median, p95), V", "stages", HtmlCell.Significant));

        var figures = report.PlotFiles.Count > 0
            ? report.PlotFiles
            : [.. Enumerable.Range(0, Math.Max(0, names.Count - 1)).SelectMany(p => new[] { $"deltas_{names[p]}-{names[p + 1]}_outputs.svg", $"deltas_{names[p]}-{names[p + 1]}_layers.svg" })];
        var svgs = figures.Where(f => f.EndsWith(".svg", StringComparison.Ordinal) && File.Exists(Path.Combine(directory, f))).ToList();
        if (svgs.Count > 0)
        {
            page.Section("ΔV between neighbouring levels (seed 003 Fig. 7 form)", "plots");
            foreach (var svg in svgs)
            {
                page.Figure(File.ReadAllText(Path.Combine(directory, svg)), svg);
            }
        }

        page.Section("Confusion matrices", "confusion");
        page.Paragraph("Rows: the true class; columns: the predicted class; the diagonal counts the correct predictions.");
        for (var l = 0; l < names.Count; l++)
        {
            page.SubHeading(string.Create(inv, $"{names[l]}: {report.Correct(l)} of {report.Samples.Count} correct"));
            page.Table(Confusion(report, l, names[l]));
        }

        ReportProvenance.AddLink(page);
        return page.Render();
    }

    private static HtmlTable Budget(CosimReport report, IReadOnlyList<string> names)
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = new List<IReadOnlyList<HtmlCell>>();
        for (var l = 0; l < names.Count; l++)
        {
            rows.Add([
                new HtmlCell(names[l]),
                new HtmlCell(string.Create(inv, $"{100 * report.Accuracy(l):F2} %"), Numeric: true),
                new HtmlCell(l == 0 ? "—" : string.Create(inv, $"{100 * (report.Accuracy(l - 1) - report.Accuracy(l)):F2}"), Numeric: true),
                new HtmlCell(l == 0 ? "—" : string.Create(inv, $"{100 * (report.Accuracy(0) - report.Accuracy(l)):F2}"), Numeric: true),
                new HtmlCell(l == 0 ? "—" : string.Create(inv, $"{report.Agreeing(l - 1, l)} of {report.Samples.Count}"), Numeric: true),
            ]);
        }

        return new HtmlTable(["level", "accuracy", $"loss vs previous (pp)", $"loss vs {names[0]} (pp)", "same class as previous level"], rows)
        {
            Caption = "where accuracy is lost, level by level (as cosim prints it)",
            CssClass = "budget",
        };
    }

    private static void DacRange(HtmlPage page, InputRangeSummary? range)
    {
        var inv = CultureInfo.InvariantCulture;
        if (range is null)
        {
            page.Paragraph("Not recorded for this run.");
            return;
        }

        var after = range.Normalised ? " after the design's input normalisation" : string.Empty;
        var text = string.Create(inv, $"{range.Outside} of {range.Values} input value(s){after} lie beyond the DAC range ±{InputRangeSummary.FullScaleUnits} unit (±{range.VoltsPerUnit:G4} V); inputs span {range.Min:G4} … {range.Max:G4} units.");
        if (range.Outside > 0)
        {
            page.Note(text + string.Create(inv, $" Worst {range.Worst:G4} units ({range.Worst * range.VoltsPerUnit:G4} V) in sample {range.WorstSample}: the levels apply them as they are; a DAC with full scale ±1 unit would clip them."));
        }
        else
        {
            page.Paragraph(text);
        }
    }

    private static HtmlTable Confusion(CosimReport report, int level, string name)
    {
        var inv = CultureInfo.InvariantCulture;
        var classes = Math.Max(
            (report.ClassNames ?? report.DisplayClassNames)?.Count ?? 0,
            report.Samples.Count == 0 ? 0 : report.Samples.Max(s => Math.Max(s.Label, s.Predicted[level])) + 1);
        var counts = new int[classes, classes];
        foreach (var sample in report.Samples)
        {
            counts[sample.Label, sample.Predicted[level]]++;
        }

        var largest = Math.Max(1, report.Samples.Count == 0 ? 1 : Enumerable.Range(0, classes).SelectMany(r => Enumerable.Range(0, classes).Select(c => counts[r, c])).Max());
        string Name(int c) => CosimPlots.OutputLabel(report, c);
        var rows = new List<IReadOnlyList<HtmlCell>>();
        for (var r = 0; r < classes; r++)
        {
            var row = new List<HtmlCell> { new(Name(r), Header: true) };
            for (var c = 0; c < classes; c++)
            {
                row.Add(new HtmlCell(counts[r, c].ToString(inv), Numeric: true, Shade: counts[r, c] == 0 ? null : 0.1 + (0.7 * counts[r, c] / largest)));
            }

            rows.Add(row);
        }

        return new HtmlTable(["true \\ predicted", .. Enumerable.Range(0, classes).Select(Name)], rows)
        {
            Caption = $"confusion matrix at {name}",
            CssClass = $"confusion confusion-{name}",
        };
    }
}
