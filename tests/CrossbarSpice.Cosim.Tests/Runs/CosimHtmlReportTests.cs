using System.Text.RegularExpressions;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cosim.Tests.Runs;

/// <summary>A run's figures and report.html from a hand-made report: class names, ΔV units, confusion counts.</summary>
public sealed partial class CosimHtmlReportTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-report-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Write_NamedClassesAndMicrovoltDifferences_LabelsBoxesByNameInMicrovoltsAndCountsTheConfusions()
    {
        // Three samples, two classes; mapped differs from ideal by 20–60 µV and gets sample 2 wrong.
        var report = new CosimReport([CosimLevel.Ideal, CosimLevel.Mapped], ["fc"], [Sample(0, 0, 0, 2e-5), Sample(1, 1, 1, 4e-5), Sample(2, 1, 0, -6e-5)], 3, 1.0)
        {
            DisplayClassNames = ["cat", "dog"],
            InputRange = new InputRangeSummary(6, 1, 1.5, 2, 0, 1.5, 0.5, Normalised: false),
        };
        report = report with { PlotFiles = CosimPlots.Write(report, directory) };
        CosimTables.Write(report, directory);

        CosimHtmlReport.Write(report, directory);

        var outputs = File.ReadAllText(Path.Combine(directory, "deltas_ideal-mapped_outputs.svg"));
        Assert.Contains("ΔV (µV)", outputs, StringComparison.Ordinal);
        Assert.Equal(["cat", "dog"], TickText().Matches(outputs).Select(m => m.Groups[1].Value.Trim()).Where(t => t is "cat" or "dog"));
        var page = File.ReadAllText(Path.Combine(directory, CosimHtmlReport.FileName));
        // The mapped confusion matrix: row dog holds one sample predicted cat and one predicted dog.
        var mapped = Regex.Match(page, @"<table class=""confusion confusion-mapped"">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<th>dog</th><td class=\"number\"", mapped, StringComparison.Ordinal);
        Assert.Equal(["1", "0", "1", "1"], Count().Matches(mapped).Select(m => m.Groups[1].Value));
        Assert.Contains("1 of 6 input value(s) lie beyond the DAC range", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<svg ").Length - 1);
        Assert.Equal(page, CosimHtmlReport.Render(report, directory));
    }

    private static SampleRecord Sample(int index, int label, int mappedPrediction, double deltaVolts)
    {
        double[,] volts = { { 0.1, 0.2 }, { 0.1 + deltaVolts, 0.2 - deltaVolts } };
        return new SampleRecord(index, label, [label, mappedPrediction], new double[,] { { Math.Abs(deltaVolts) } }, new double[,] { { Math.Abs(deltaVolts) } }, volts, volts);
    }

    [GeneratedRegex(@"<text[^>]*>([^<]*)</text>")]
    private static partial Regex TickText();

    [GeneratedRegex(@"<td class=""number""[^>]*>([0-9]+)</td>")]
    private static partial Regex Count();
}
