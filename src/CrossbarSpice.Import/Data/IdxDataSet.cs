using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A data set as an IDX pair (the MNIST container, plain or gzipped): an image file [N, …] of unsigned bytes, read as
/// grey level / 255, and a label file [N] of unsigned bytes. Any sample shape is accepted ([N, H, W] images,
/// [N, C, H, W], [N, features]).
/// </summary>
public static class IdxDataSet
{
    /// <summary>True when <paramref name="path"/> is named like an IDX file: <c>.idx</c>, <c>-ubyte</c> or
    /// <c>.idx3-ubyte</c>/<c>.idx1-ubyte</c>, optionally followed by <c>.gz</c>.</summary>
    public static bool IsIdxName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".idx", StringComparison.OrdinalIgnoreCase) || name.EndsWith("-ubyte", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ubyte", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the image file <paramref name="imagesPath"/> and the label file <paramref name="labelsPath"/>.</summary>
    /// <exception cref="InputException">Unreadable or malformed files, a wrong rank, or a count mismatch.</exception>
    public static LabelledSamples Read(string imagesPath, string labelsPath)
    {
        ArgumentNullException.ThrowIfNull(imagesPath);
        ArgumentNullException.ThrowIfNull(labelsPath);
        var images = IdxReader.Read(imagesPath);
        var labels = IdxReader.Read(labelsPath);
        if (images.Dimensions.Length < 2)
        {
            throw new InputException(new SourceLocation(imagesPath, Field: "header"), $"dimensions {Shape(images)}; a sample file has [count, …] (e.g. [N, 28, 28]); is this the label file?");
        }

        if (images.Dimensions.Skip(1).Any(d => d == 0))
        {
            throw new InputException(new SourceLocation(imagesPath, Field: "header"), $"dimensions {Shape(images)}: a sample has no values");
        }

        if (labels.Dimensions.Length != 1)
        {
            throw new InputException(new SourceLocation(labelsPath, Field: "header"), $"dimensions {Shape(labels)}; a label file has [count]");
        }

        if (images.Dimensions[0] != labels.Dimensions[0])
        {
            throw new InputException(new SourceLocation(labelsPath, Field: "header"), $"holds {Text(labels.Dimensions[0])} labels, but the sample file {imagesPath} holds {Text(images.Dimensions[0])} samples");
        }

        var label = new int[labels.Length];
        for (var i = 0; i < label.Length; i++)
        {
            label[i] = labels.Data[i];
        }

        return LabelledSamples.FromGreyLevels(Path.GetFileName(imagesPath), imagesPath, labelsPath, [.. images.Dimensions.Skip(1)], images.Data.ToArray(), label);
    }

    private static string Shape(IdxArray array) => "[" + string.Join(", ", array.Dimensions.Select(Text)) + "]";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
