using System.Text.Json;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Analysis.Energy;

/// <summary>
/// Which sigmoid circuit each LSTM layer of a compiled design uses: the optional string field <c>sigmoid</c>
/// (<c>six-transistor</c> | <c>general</c>) of the layer's entry in manifest.json; layers without it use
/// <see cref="LstmCellPeriphery.SixTransistor"/>.
/// </summary>
public static class LstmSigmoidChoices
{
    /// <summary>The choices recorded in the manifest at <paramref name="manifestPath"/>, by layer name.</summary>
    /// <exception cref="InputException">A <c>sigmoid</c> field that is not one of the choices, or unreadable JSON.</exception>
    public static IReadOnlyDictionary<string, string> Read(string manifestPath)
    {
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(manifestPath));
        }
        catch (JsonException e)
        {
            throw new InputException(new SourceLocation(manifestPath), $"manifest is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("layers", out var layers) || layers.ValueKind != JsonValueKind.Array)
            {
                return choices;
            }

            foreach (var layer in layers.EnumerateArray())
            {
                if (layer.ValueKind == JsonValueKind.Object && layer.TryGetProperty("name", out var name) && layer.TryGetProperty("sigmoid", out var sigmoid))
                {
                    var value = sigmoid.ValueKind == JsonValueKind.String ? sigmoid.GetString()! : sigmoid.ToString();
                    if (value is not (LstmCellPeriphery.SixTransistor or LstmCellPeriphery.General))
                    {
                        throw new InputException(new SourceLocation(manifestPath, Field: $"{name.GetString()}.sigmoid"),
                            $"expected {LstmCellPeriphery.SixTransistor} or {LstmCellPeriphery.General}, got '{value}'");
                    }

                    choices[name.GetString() ?? string.Empty] = value;
                }
            }
        }

        return choices;
    }
}
