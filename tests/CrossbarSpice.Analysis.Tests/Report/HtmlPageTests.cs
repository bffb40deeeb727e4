using CrossbarSpice.Analysis.Report;

namespace CrossbarSpice.Analysis.Tests.Report;

/// <summary>The self-contained HTML page builder.</summary>
public sealed class HtmlPageTests
{
    private const string Svg = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
        <clipPath id="cl_1"><rect width="5" height="5"/></clipPath>
        <g clip-path="url(#cl_1)"><use href="#cl_1"/></g>
        </svg>
        """;

    [Fact]
    public void Figure_TwoSvgsWithTheSameClipIds_GetIdsOfTheirOwn()
    {
        var html = new HtmlPage("t").Figure(Svg, "a").Figure(Svg, "b").Render();

        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f1-cl_1\"", html, StringComparison.Ordinal);
        Assert.Contains("url(#f1-cl_1)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f2-cl_1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f2-cl_1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"cl_1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_TextWithMarkup_IsEscapedAndNumbersAlignRight()
    {
        var table = HtmlTable.FromCsv("name,value\n\"<b>a, b</b>\",0.25\n", "caption & more", "data");

        var html = new HtmlPage("t").Table(table).Render();

        Assert.Contains("<td>&lt;b&gt;a, b&lt;/b&gt;</td><td class=\"number\">0.25</td>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>caption &amp; more</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameCalls_GiveTheSameTextWithLfEndings()
    {
        static string Page() => new HtmlPage("t µ").Paragraph("p").Pairs([new("commit", "abc")]).Figure(Svg, "f").Render();

        var first = Page();

        Assert.Equal(first, Page());
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.Contains("<title>t µ</title>", first, StringComparison.Ordinal);
        Assert.Contains("<dt>commit</dt><dd>abc</dd>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_NotSvg_Throws() =>
        Assert.Throws<ArgumentException>(() => new HtmlPage("t").Figure("<html></html>", "x"));
}
