using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A set of grey-level images with one class label each (an IDX image file [N, H, W] plus an IDX label file [N]).
/// Pixels are kept as bytes; <see cref="Pixels(int)"/> scales them to [0, 1] (grey level / 255). The input range the
/// circuit sees (e.g. 0–1 V, or ±0.3 V) is applied later by the co-simulation harness.
/// </summary>
public sealed class LabelledImages
{
    private readonly IdxArray images;
    private readonly IdxArray labels;

    /// <summary>Pairs an image file with its label file and checks they fit.</summary>
    /// <param name="name">Name for messages and reports, e.g. <c>fashion-mnist test</c>.</param>
    /// <param name="images">Rank 3: [N, H, W].</param>
    /// <param name="labels">Rank 1: [N], each label in [0, <paramref name="classCount"/>).</param>
    /// <param name="classCount">Number of classes, ≥ 1 (10 for Fashion-MNIST).</param>
    /// <exception cref="InputException">A rank other than 3 / 1, a count mismatch, or a label out of range; the message
    /// names the file.</exception>
    public LabelledImages(string name, IdxArray images, IdxArray labels, int classCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (images.Dimensions.Length != 3)
        {
            throw new InputException(new SourceLocation(images.File, Field: "header"), $"an image file has dimensions [count, height, width], this one has {Shape(images)}");
        }

        if (labels.Dimensions.Length != 1)
        {
            throw new InputException(new SourceLocation(labels.File, Field: "header"), $"a label file has dimensions [count], this one has {Shape(labels)}");
        }

        if (images.Dimensions[0] != labels.Dimensions[0])
        {
            throw new InputException(
                new SourceLocation(labels.File, Field: "header"),
                $"holds {Text(labels.Dimensions[0])} labels, but the image file {images.File} holds {Text(images.Dimensions[0])} images");
        }

        var data = labels.Data;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] >= classCount)
            {
                throw new InputException(
                    new SourceLocation(labels.File, Field: "data"),
                    $"label {Text(data[i])} of image {Text(i)} is outside 0–{Text(classCount - 1)}");
            }
        }

        Name = name;
        this.images = images;
        this.labels = labels;
        ClassCount = classCount;
    }

    /// <summary>Name for messages and reports.</summary>
    public string Name { get; }

    /// <summary>Number of images (= labels), ≥ 0.</summary>
    public int Count => images.Dimensions[0];

    /// <summary>Image height in pixels.</summary>
    public int Height => images.Dimensions[1];

    /// <summary>Image width in pixels.</summary>
    public int Width => images.Dimensions[2];

    /// <summary>Pixels per image, <see cref="Height"/>·<see cref="Width"/>.</summary>
    public int PixelsPerImage => Height * Width;

    /// <summary>Number of classes; every label is in [0, ClassCount).</summary>
    public int ClassCount { get; }

    /// <summary>The image file.</summary>
    public string ImagesFile => images.File;

    /// <summary>The label file.</summary>
    public string LabelsFile => labels.File;

    /// <summary>Class label of image <paramref name="index"/>, in [0, <see cref="ClassCount"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    public int Label(int index)
    {
        CheckIndex(index);
        return labels.Data[index];
    }

    /// <summary>The raw grey levels (0 = background, 255 = full intensity) of image <paramref name="index"/>, row-major [H, W].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    public ReadOnlySpan<byte> RawPixels(int index)
    {
        CheckIndex(index);
        return images.Data.Slice(index * PixelsPerImage, PixelsPerImage);
    }

    /// <summary>Image <paramref name="index"/> scaled to [0, 1] (grey level / 255), row-major [H, W] (= [1, H, W]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    public double[] Pixels(int index)
    {
        var pixels = new double[PixelsPerImage];
        CopyPixels(index, pixels);
        return pixels;
    }

    /// <summary>Writes image <paramref name="index"/> scaled to [0, 1] into <paramref name="destination"/>.</summary>
    /// <param name="index">Image index in [0, <see cref="Count"/>).</param>
    /// <param name="destination">At least <see cref="PixelsPerImage"/> values.</param>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    /// <exception cref="ArgumentException">Destination too short.</exception>
    public void CopyPixels(int index, Span<double> destination)
    {
        var raw = RawPixels(index);
        if (destination.Length < raw.Length)
        {
            throw new ArgumentException($"needs {Text(raw.Length)} values, has {Text(destination.Length)}", nameof(destination));
        }

        for (var i = 0; i < raw.Length; i++)
        {
            destination[i] = raw[i] / 255.0;
        }
    }

    /// <summary>Number of images of each class, indexed by label.</summary>
    public int[] LabelHistogram()
    {
        var histogram = new int[ClassCount];
        foreach (var label in labels.Data)
        {
            histogram[label]++;
        }

        return histogram;
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Name} holds {Text(Count)} images");
        }
    }

    private static string Shape(IdxArray array) => "[" + string.Join(", ", array.Dimensions.Select(Text)) + "]";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
