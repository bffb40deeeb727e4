using System.Text.Json;
using CrossbarSpice.Analysis.Report;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The provenance section of a run's <c>report.html</c>: <c>provenance.json</c> of the output folder, when there is
/// one, shown as its key/value pairs (nested objects flattened to dotted keys, arrays indexed), whatever fields it has.
/// </summary>
public static class ReportProvenance
{
    /// <summary>File name of the provenance record in an output folder.</summary>
    public const string FileName = "provenance.json";

    /// <summary>Adds the section to <paramref name="page"/> when <paramref name="directory"/> holds a provenance record;
    /// a file that is not JSON is shown as a note, not as an error (the report is a view, not a check).</summary>
    public static void Add(HtmlPage page, string directory)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        page.Section("Provenance", "provenance");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var pairs = new List<KeyValuePair<string, string>>();
            Flatten(document.RootElement, string.Empty, pairs);
            page.Pairs(pairs);
        }
        catch (JsonException exception)
        {
            page.Note($"{FileName} is not readable JSON: {exception.Message}");
        }
    }

    /// <summary>
    /// Adds a section that links to the folder's provenance record instead of showing it: for cosim and sweep pages,
    /// which must be the same bytes whether the run was whole, sharded and merged, or interrupted and resumed, while the
    /// record (command line, machine) differs between those runs and may be left from an earlier attempt.
    /// </summary>
    public static void AddLink(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Section("Provenance", "provenance");
        page.LinkParagraph(
            "What produced these results (version and commit, ngspice version, command line, input hashes, seeds, machine) is in ",
            FileName,
            " beside this page; it is kept off the page so that the page is byte-identical however the run was split, merged or resumed.");
    }

    /// <summary>The key/value pairs of <paramref name="element"/>, nested keys joined by dots, array items by [index].</summary>
    public static void Flatten(JsonElement element, string prefix, List<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", pairs);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}[{index++}]"), pairs);
                }

                break;
            case JsonValueKind.String:
                pairs.Add(new(prefix, element.GetString() ?? string.Empty));
                break;
            default:
                pairs.Add(new(prefix, element.GetRawText()));
                break;
        }
    }
}
