using System.Text.Json;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Devices.Reading;

/// <summary>
/// Reads and validates device cards (<c>device-cards/*.json</c>). Strict: unknown fields, missing required fields,
/// wrong types, impossible values and numbers without a source or assumption are all reported, each naming the
/// file and the JSON path of the field. Validation collects every problem before failing.
/// </summary>
public static class DeviceCardReader
{
    /// <summary>Value of the <c>format</c> field every card starts with.</summary>
    public const string FormatName = "crossbarspice-device-card/1";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads a card file.</summary>
    /// <param name="path">Card file (<c>.json</c>).</param>
    /// <exception cref="DeviceCardException">The card is invalid; every problem is listed.</exception>
    public static DeviceCard Read(string path) => Validate(path).GetCardOrThrow();

    /// <summary>Reads a card file that must be a memristor card.</summary>
    /// <exception cref="DeviceCardException">The card is invalid.</exception>
    /// <exception cref="InputException">The card is valid but describes something other than a memristor.</exception>
    public static MemristorCard ReadMemristor(string path) =>
        Read(path) as MemristorCard
        ?? throw new InputException(new SourceLocation(path, Field: "$.kind"), "expected a Memristor card");

    /// <summary>Validates a card file, collecting every problem.</summary>
    public static DeviceCardReadResult Validate(string path) => Validate(path, depth: 0);

    /// <summary>Validates card text; relative file references resolve against <paramref name="baseDirectory"/>.</summary>
    /// <param name="json">The card's JSON text.</param>
    /// <param name="fileName">Name used in diagnostics.</param>
    /// <param name="baseDirectory">Folder for relative references (process card, model libraries).</param>
    public static DeviceCardReadResult Parse(string json, string fileName, string baseDirectory) =>
        Parse(json, new CardContext(fileName, baseDirectory, depth: 0));

    /// <summary>The <c>*.json</c> card files of <paramref name="directory"/>, sorted by name.</summary>
    public static IReadOnlyList<string> FindCards(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)];

    internal static DeviceCardReadResult Validate(string path, int depth)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DeviceCardReadResult(null, [new CardDiagnostic(CardDiagnosticCode.InvalidJson, path, "$", $"cannot read the file: {exception.Message}")]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var result = Parse(text, new CardContext(path, directory, depth));
        return result.Card is { } card ? result with { Card = card with { SourcePath = path } } : result;
    }

    private static DeviceCardReadResult Parse(string json, CardContext context)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            context.Add(new CardDiagnostic(CardDiagnosticCode.InvalidJson, context.File, exception.Path ?? "$", $"not valid JSON: {exception.Message}", line));
            return new DeviceCardReadResult(null, context.Diagnostics);
        }

        using (document)
        {
            var root = CardObject.From(document.RootElement, "$", context);
            if (root is null)
            {
                return new DeviceCardReadResult(null, context.Diagnostics);
            }

            var format = root.Text("format");
            if (format.Length > 0 && format != FormatName)
            {
                context.Report(CardDiagnosticCode.UnknownName, "$.format", $"expected \"{FormatName}\", found \"{format}\"");
            }

            var header = new CardHeader(root.Text("name"), root.Text("title"), root.Text("citation"), root.TextList("notes"));
            var before = context.Diagnostics.Count;
            var kind = root.Enum<DeviceCardKind>("kind");
            if (context.Diagnostics.Count > before)
            {
                // Without a kind the other fields cannot be told from unknown ones.
                return new DeviceCardReadResult(null, context.Diagnostics);
            }

            DeviceCard card = kind switch
            {
                DeviceCardKind.Memristor => MemristorCardParser.Parse(root, header),
                DeviceCardKind.Process => ProcessCardParser.Parse(root, header),
                _ => WireCardParser.Parse(root, header),
            };
            root.Finish();
            if (context.HasErrors)
            {
                return new DeviceCardReadResult(null, context.Diagnostics);
            }

            return new DeviceCardReadResult(card with { Provenance = context.Provenance, DefaultedFields = context.Defaulted }, []);
        }
    }
}
