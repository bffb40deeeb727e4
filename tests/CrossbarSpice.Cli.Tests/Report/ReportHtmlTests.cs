using System.Text.RegularExpressions;
using CrossbarSpice.Cli.Tests.Support;
using SkiaSharp;

namespace CrossbarSpice.Cli.Tests.Report;

/// <summary><c>report.html</c> of a cosim run opened in headless Chromium: the tables and figures are rendered.</summary>
public sealed partial class ReportHtmlTests
{
    /// <summary>Appended to a copy of the page: writes what the browser laid out into the DOM, which --dump-dom prints.</summary>
    private const string Measure = """
        <script>
        const out = document.createElement('pre');
        out.id = 'measure';
        const size = e => { const r = e.getBoundingClientRect(); return Math.round(r.width) + 'x' + Math.round(r.height); };
        const lines = [];
        lines.push('svgs ' + [...document.querySelectorAll('svg')].map(size).join(' '));
        for (const tr of document.querySelectorAll('table.accuracy tbody tr')) {
          lines.push('accuracy ' + [...tr.cells].map(c => c.textContent).join(',') + ' ' + size(tr));
        }
        lines.push('confusion ' + [...document.querySelectorAll('table.confusion')].map(size).join(' '));
        out.textContent = lines.join('\n');
        document.body.appendChild(out);
        </script>
        """;

    [ChromiumFact]
    public void ReportHtml_CosimRunInChromium_RendersAccuracyRowsFiguresAndConfusionMatrices()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("bcu-small");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/bcu-small/architecture.json", "--weights", "netlists/examples/bcu-small/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--rwire", "0", "--output-volts", "0.5", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("run");
        var run = CliRun.Start(["cosim", "--design", design, "--samples", "8", "--levels", "ideal,mapped,wired", "--out", output]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var page = File.ReadAllText(Path.Combine(output, "report.html"));

        // Self-contained: no script, stylesheet, image or frame is fetched from anywhere (SVG's xmlns is a name, not a fetch).
        Assert.DoesNotMatch(ExternalReference(), page);
        var measured = scratch.Combine("measured.html");
        File.WriteAllText(measured, page.Replace("</body>", Measure + "\n</body>", StringComparison.Ordinal));
        var dom = Chromium.DumpDom(measured, scratch.Combine("profile"));
        var lines = MeasureBlock().Match(dom).Groups[1].Value.Split('\n');

        // Every accuracy.csv row is a rendered table row (nonzero size) with the same cells.
        var expected = File.ReadAllLines(Path.Combine(output, "accuracy.csv")).Skip(1).ToList();
        var rows = lines.Where(l => l.StartsWith("accuracy ", StringComparison.Ordinal)).Select(l => l["accuracy ".Length..].Split(' ')).ToList();
        Assert.Equal(expected, rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Matches(NonzeroSize(), r[1]));
        // Two figures per neighbouring level pair (outputs, layers), each laid out with a nonzero size.
        var svgs = lines.Single(l => l.StartsWith("svgs ", StringComparison.Ordinal))["svgs ".Length..].Split(' ');
        Assert.Equal(4, svgs.Length);
        Assert.All(svgs, s => Assert.Matches(NonzeroSize(), s));
        // One confusion matrix per level, Fashion-MNIST's classes named.
        var confusion = lines.Single(l => l.StartsWith("confusion ", StringComparison.Ordinal))["confusion ".Length..].Split(' ');
        Assert.Equal(3, confusion.Length);
        Assert.All(confusion, s => Assert.Matches(NonzeroSize(), s));
        Assert.Contains("<th>Ankle boot</th>", dom, StringComparison.Ordinal);

        var png = scratch.Combine("report.png");
        Chromium.Screenshot(Path.Combine(output, "report.html"), png, scratch.Combine("profile"), 1100, 1600);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                inked += pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200 ? 1 : 0;
            }
        }

        // Text, table rules and plot boxes ink a few per cent of a page; a blank or failed render inks none.
        var fraction = (double)inked / ((bitmap.Width / 2) * (bitmap.Height / 2));
        Assert.True(fraction > 0.01, $"the screenshot is nearly blank ({fraction:P2} of pixels inked)");
    }

    [GeneratedRegex(@"<(script|link|img|iframe)\b|\b(src|href)=""(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<pre id=""measure"">([^<]*)</pre>")]
    private static partial Regex MeasureBlock();

    [GeneratedRegex(@"^[1-9][0-9]*x[1-9][0-9]*$")]
    private static partial Regex NonzeroSize();
}
