using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A data set in a NumPy <c>.npz</c> archive (<c>numpy.savez(path, x=…, y=…, classes=…)</c>), read with the project's
/// npz reader: <c>x</c> [N, …] the samples (N × C × H × W, N × features, …; uint8 is read as grey level / 255, every
/// other dtype as it is), <c>y</c> [N] integer labels ≥ 0 (any integer dtype), optional <c>classes</c> [K] the class
/// names (a string array, <c>numpy.array(["cat", "dog"])</c>). Any other array is an error.
/// </summary>
public static class NpzDataSet
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Not a readable .npz, a missing or extra array, a wrong rank, x/y length
    /// mismatch, a non-integer or negative label, a non-finite feature.</exception>
    public static LabelledSamples Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var contents = NpzReader.ReadWithStrings(path);
        var names = contents.Tensors.Select(t => t.Name).Concat(contents.Strings.Keys).ToList();
        var unknown = names.Where(n => n is not ("x" or "y" or "classes")).ToList();
        if (unknown.Count > 0)
        {
            throw new InputException(new SourceLocation(path, Field: unknown[0]), $"unexpected array '{unknown[0]}'; a data set .npz holds x (samples), y (labels) and optionally classes (names)");
        }

        var x = contents.Tensors.FirstOrDefault(t => t.Name == "x")
            ?? throw new InputException(new SourceLocation(path, Field: "x"), contents.Strings.ContainsKey("x") ? "x holds strings; expected numbers [N, …]" : "no array 'x' (the samples, [N, …])");
        var y = contents.Tensors.FirstOrDefault(t => t.Name == "y")
            ?? throw new InputException(new SourceLocation(path, Field: "y"), contents.Strings.ContainsKey("y") ? "y holds strings; expected integer class indices [N]" : "no array 'y' (the labels, [N])");
        if (contents.Tensors.Any(t => t.Name == "classes"))
        {
            throw new InputException(new SourceLocation(path, Field: "classes"), "classes holds numbers; expected the class names as a string array, e.g. numpy.array([\"cat\", \"dog\"])");
        }

        if (x.Shape.Rank < 2)
        {
            throw new InputException(new SourceLocation(path, Field: "x"), $"shape {x.Shape}; expected [N, …]: one row per sample (N × features or N × C × H × W)");
        }

        if (x.Shape.Dimensions.Skip(1).Any(d => d == 0))
        {
            throw new InputException(new SourceLocation(path, Field: "x"), $"shape {x.Shape}: a sample has no values");
        }

        if (y.Shape.Rank != 1)
        {
            throw new InputException(new SourceLocation(path, Field: "y"), $"shape {y.Shape}; expected [N], one label per sample");
        }

        if (x.Shape[0] != y.Shape[0])
        {
            throw new InputException(new SourceLocation(path, Field: "y"), $"holds {Text(y.Shape[0])} labels, but x holds {Text(x.Shape[0])} samples");
        }

        if (y.SourceType is TensorDataType.Float16 or TensorDataType.BFloat16 or TensorDataType.Float32 or TensorDataType.Float64)
        {
            throw new InputException(new SourceLocation(path, Field: "y"), $"dtype {y.SourceType.DisplayName()}; labels must be integers (e.g. numpy int64 or uint8)");
        }

        var labels = new int[y.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var label = y[i];
            labels[i] = label is >= 0 and <= int.MaxValue
                ? (int)label
                : throw new InputException(new SourceLocation(path, Field: "y"), $"label {label.ToString(CultureInfo.InvariantCulture)} of sample {Text(i)} is not a class index 0, 1, …");
        }

        var shape = ImmutableArray.Create(x.Shape.Dimensions.Skip(1).ToArray());
        var classes = contents.Strings.GetValueOrDefault("classes");
        var name = Path.GetFileName(path);
        if (x.SourceType == TensorDataType.UInt8)
        {
            var grey = new byte[x.Length];
            for (var k = 0; k < grey.Length; k++)
            {
                grey[k] = (byte)x[k];
            }

            return LabelledSamples.FromGreyLevels(name, path, path, shape, grey, labels, classes);
        }

        var bad = x.IndexOfNonFinite();
        if (bad >= 0)
        {
            throw new InputException(new SourceLocation(path, Field: "x"), $"value {x[bad].ToString(CultureInfo.InvariantCulture)} in sample {Text(bad / Math.Max(1, x.Length / x.Shape[0]))}; features must be finite");
        }

        return LabelledSamples.FromValues(name, path, path, shape, x.Values.ToArray(), labels, classes);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
