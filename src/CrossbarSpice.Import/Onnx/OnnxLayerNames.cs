using System.Globalization;
using System.Text;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Layer names from ONNX node names. A layer name is also a folder of the design (<c>fc1/deck.cir</c>) and part of
/// SPICE file names, so it keeps only letters, digits, '_', '-' and '.', and starts with a letter or digit. PyTorch
/// names nodes after the module path and op (<c>/fc1/Gemm</c>): the trailing op type is dropped (<c>fc1</c>) and
/// the path joined with '_' (<c>/features/conv/Conv</c> → <c>features_conv</c>). Names are made unique with
/// <c>_2</c>, <c>_3</c>, …
/// </summary>
internal sealed class OnnxLayerNames
{
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A fresh name for <paramref name="onnxName"/> (a node or value name) of op <paramref name="opType"/>.</summary>
    public string Take(string onnxName, string opType)
    {
        var parts = onnxName.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 1 && IsOpSuffix(parts[^1], opType))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var text = new StringBuilder();
        foreach (var ch in string.Join("_", parts))
        {
            text.Append(char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-' or '.' ? ch : '_');
        }

        var name = text.ToString().TrimStart('.', '_', '-');
        if (name.Length == 0)
        {
            name = opType.Length > 0 ? opType : "layer";
        }

        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static bool IsOpSuffix(string part, string opType) =>
        part == opType || (part.StartsWith(opType + "_", StringComparison.Ordinal) && part[(opType.Length + 1)..].All(char.IsAsciiDigit));
}
