using System.Text.RegularExpressions;

namespace CrossbarSpice.Analysis.Report;

/// <summary>
/// An SVG file made fit to sit inline in an HTML page beside other figures: the XML declaration and doctype removed,
/// and every id (and each reference to it, <c>url(#…)</c> or <c>href="#…"</c>) prefixed with the figure's own prefix,
/// because ScottPlot/Skia number clip paths per file from 1 and two figures in one document would otherwise clip each
/// other's drawings.
/// </summary>
public static partial class InlineSvg
{
    /// <summary>The inline form of <paramref name="svg"/> with ids prefixed by <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentException">The text holds no &lt;svg element.</exception>
    public static string Of(string svg, string prefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException("not an SVG document (no <svg element)", nameof(svg));
        }

        var body = svg[start..].ReplaceLineEndings("\n").TrimEnd('\n');
        body = IdAttribute().Replace(body, m => $"{m.Groups[1].Value}=\"{prefix}{m.Groups[2].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{prefix}{m.Groups[1].Value})");
        return HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{prefix}{m.Groups[2].Value}\"");
    }

    [GeneratedRegex(@"\b(id)=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)""]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"\b((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();
}
