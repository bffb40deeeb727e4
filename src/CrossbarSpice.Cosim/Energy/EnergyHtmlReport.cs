using CrossbarSpice.Analysis.Report;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// <c>report.html</c> of a <c>report energy|area</c> folder: one self-contained page with each report the folder holds
/// (energy and/or area: the table of <c>energy.csv</c>/<c>area.csv</c>, its bar chart inline, and the seed-000 Table
/// III breakdown when written), and <c>provenance.json</c> when present. Rewritten by either verb from the files in the
/// folder, so running both shows both.
/// </summary>
public static class EnergyHtmlReport
{
    /// <summary>File name in the report folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes the page for design <paramref name="design"/> into <paramref name="directory"/> (atomically).</summary>
    public static void Write(string design, string directory) =>
        AtomicOutput.WriteText(Path.Combine(directory, FileName), Render(design, directory));

    /// <summary>The page's text from the report files in <paramref name="directory"/>.</summary>
    public static string Render(string design, string directory)
    {
        ArgumentNullException.ThrowIfNull(design);
        var page = new HtmlPage($"Energy and area of {design}");
        page.Paragraph("Per module of the compiled design: arrays solved exactly, periphery from ngspice benches, DAC/ADC/SRAM/timing as marked estimates (docs/energy-area.md).");
        foreach (var (name, heading) in new[] { ("energy", "Energy per inference"), ("area", "Area") })
        {
            var csv = Path.Combine(directory, $"{name}.csv");
            if (!File.Exists(csv))
            {
                continue;
            }

            page.Section(heading, name);
            page.Table(HtmlTable.FromCsv(File.ReadAllText(csv), $"{name}.csv", name));
            Figure(page, directory, $"{name}.svg");
            var table3 = Path.Combine(directory, $"{name}-table3.csv");
            if (File.Exists(table3))
            {
                page.SubHeading("By seed 000 Table III category");
                page.Table(HtmlTable.FromCsv(File.ReadAllText(table3), $"{name}-table3.csv", $"{name}-table3"));
                Figure(page, directory, $"{name}-table3.svg");
            }
        }

        ReportProvenance.Add(page, directory);
        return page.Render();
    }

    private static void Figure(HtmlPage page, string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (File.Exists(path))
        {
            page.Figure(File.ReadAllText(path), file);
        }
    }
}
