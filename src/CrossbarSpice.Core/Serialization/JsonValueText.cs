using System.Text.Json;

namespace CrossbarSpice.Core.Serialization;

/// <summary>How messages about JSON input describe the value they found.</summary>
public static class JsonValueText
{
    /// <summary>
    /// <c>an object</c>, <c>an array</c>, <c>the string 'x'</c> (with <paramref name="quote"/> around the text),
    /// <c>the number 3</c>, <c>true</c>, <c>false</c> or <c>null</c>.
    /// </summary>
    public static string Describe(JsonElement value, char quote) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {quote}{value.GetString()}{quote}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
