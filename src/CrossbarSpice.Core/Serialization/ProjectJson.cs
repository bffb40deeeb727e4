using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossbarSpice.Core.Serialization;

/// <summary>
/// The one JSON dialect CrossbarSpice writes (manifests, plans, reports): camelCase names, enums by name,
/// two-space indentation, LF line endings, shortest round-trip numbers, unknown members and duplicate keys rejected on read.
/// </summary>
public static class ProjectJson
{
    /// <summary>Serializer options for every JSON file the project writes or reads back.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes <paramref name="value"/> with a trailing newline.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>
    /// Reads <paramref name="path"/> as a <typeparamref name="T"/>; <paramref name="what"/> names the file kind in
    /// errors ("manifest", "conductance plan").
    /// </summary>
    /// <exception cref="Diagnostics.InputException">The file is missing, empty or not valid for the type: names the file, line and JSON path.</exception>
    public static T ReadFile<T>(string path, string what)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new Diagnostics.InputException(new Diagnostics.SourceLocation(path), $"{what} not found");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new Diagnostics.InputException(new Diagnostics.SourceLocation(path), $"empty {what}");
        }
        catch (JsonException exception)
        {
            throw new Diagnostics.InputException(new Diagnostics.SourceLocation(path, (int?)exception.LineNumber + 1, Field: exception.Path), exception.Message, exception);
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
