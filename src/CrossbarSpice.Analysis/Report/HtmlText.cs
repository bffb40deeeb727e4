using System.Text;

namespace CrossbarSpice.Analysis.Report;

/// <summary>Escaping of text for HTML element content and attribute values (the five markup characters only, so
/// µ, Δ and other non-ASCII letters stay readable in the page's UTF-8).</summary>
public static class HtmlText
{
    /// <summary><paramref name="text"/> with &amp;, &lt;, &gt;, &quot; and &#39; replaced by entities.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
