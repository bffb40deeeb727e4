using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A labelled data set of any kind: <see cref="Count"/> samples of one per-sample shape, each a vector of features in
/// network units (what the network's input takes before the design's input normalisation), with an integer label ≥ 0
/// and optionally the class names. Grey-level bytes (Fashion-MNIST, IDX, uint8 arrays) are kept as bytes and scaled by
/// 1/255 when read, which gives exactly the values <see cref="LabelledImages.Pixels"/> gives; other data are kept as
/// float64. <see cref="DataSetReader"/> reads every supported format into this type.
/// </summary>
public sealed class LabelledSamples
{
    private readonly byte[]? bytes;
    private readonly double[]? values;
    private readonly int[] labels;

    private LabelledSamples(string name, string file, string labelsFile, ImmutableArray<int> sampleShape, byte[]? bytes, double[]? values, int[] labels, IReadOnlyList<string>? classNames, string? classNamesFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(labelsFile);
        ArgumentNullException.ThrowIfNull(labels);
        if (sampleShape.IsDefaultOrEmpty || sampleShape.Any(d => d < 1))
        {
            throw new ArgumentException("every sample dimension must be ≥ 1", nameof(sampleShape));
        }

        var perSample = sampleShape.Aggregate(1L, (a, d) => a * d);
        var length = bytes?.Length ?? values!.Length;
        if (perSample * labels.Length != length)
        {
            throw new ArgumentException($"{Text(labels.Length)} samples of {Text(perSample)} features need {Text(perSample * labels.Length)} values, {Text(length)} were given");
        }

        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0)
            {
                throw new InputException(new SourceLocation(labelsFile, Field: "label"), $"label {Text(labels[i])} of sample {Text(i)} is negative; labels are class indices 0, 1, …");
            }
        }

        Name = name;
        File = file;
        LabelsFile = labelsFile;
        SampleShape = sampleShape;
        FeaturesPerSample = (int)perSample;
        this.bytes = bytes;
        this.values = values;
        this.labels = labels;
        ClassNames = classNames;
        ClassNamesFile = classNamesFile;
    }

    /// <summary>Name for messages and reports, e.g. <c>fashion-mnist test</c> or the file name.</summary>
    public string Name { get; }

    /// <summary>The file the features came from (for messages).</summary>
    public string File { get; }

    /// <summary>The file the labels came from (the same file unless the labels are a file of their own).</summary>
    public string LabelsFile { get; }

    /// <summary>The shape of one sample, e.g. [28, 28], [1, 28, 28] or [4]; every dimension ≥ 1.</summary>
    public ImmutableArray<int> SampleShape { get; }

    /// <summary>Values per sample: the product of <see cref="SampleShape"/>.</summary>
    public int FeaturesPerSample { get; }

    /// <summary>Number of samples, ≥ 0.</summary>
    public int Count => labels.Length;

    /// <summary>The class names by label, or null when the data set names none.</summary>
    public IReadOnlyList<string>? ClassNames { get; }

    /// <summary>
    /// Names for figures and reports: <see cref="ClassNames"/>, else names the data set is known by but keeps out of the
    /// tables (Fashion-MNIST's, so its tables keep their columns), else null.
    /// </summary>
    public IReadOnlyList<string>? DisplayClassNames => ClassNames ?? knownNames;

    private IReadOnlyList<string>? knownNames;

    /// <summary>The same samples, with <paramref name="names"/> as the names figures and reports show (not the tables:
    /// <see cref="ClassNames"/> stays as it is).</summary>
    public LabelledSamples WithDisplayNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(Name, File, LabelsFile, SampleShape, bytes, values, labels, ClassNames, ClassNamesFile) { knownNames = names };
    }

    /// <summary>The file the class names came from, or null (none, or named by the data set's own file).</summary>
    public string? ClassNamesFile { get; }

    /// <summary>The largest label, or −1 without samples.</summary>
    public int MaxLabel => labels.Length == 0 ? -1 : labels.Max();

    /// <summary>
    /// Samples stored as float64 values, row-major [N, …<paramref name="sampleShape"/>].
    /// </summary>
    /// <param name="name">Name for messages and reports.</param>
    /// <param name="file">The features' file.</param>
    /// <param name="labelsFile">The labels' file (often <paramref name="file"/>).</param>
    /// <param name="sampleShape">Shape of one sample.</param>
    /// <param name="features">N × product(shape) values, network units; kept, not copied.</param>
    /// <param name="labels">N labels, each ≥ 0; kept, not copied.</param>
    /// <param name="classNames">Class names by label, or null.</param>
    /// <exception cref="InputException">A negative label, named with its sample index.</exception>
    public static LabelledSamples FromValues(string name, string file, string labelsFile, ImmutableArray<int> sampleShape, double[] features, int[] labels, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        return new(name, file, labelsFile, sampleShape, null, features, labels, classNames, null);
    }

    /// <summary>
    /// Samples stored as grey-level bytes, read as byte / 255.
    /// </summary>
    /// <param name="name">Name for messages and reports.</param>
    /// <param name="file">The features' file.</param>
    /// <param name="labelsFile">The labels' file.</param>
    /// <param name="sampleShape">Shape of one sample.</param>
    /// <param name="greyLevels">N × product(shape) bytes; kept, not copied.</param>
    /// <param name="labels">N labels, each ≥ 0; kept, not copied.</param>
    /// <param name="classNames">Class names by label, or null.</param>
    /// <exception cref="InputException">A negative label, named with its sample index.</exception>
    public static LabelledSamples FromGreyLevels(string name, string file, string labelsFile, ImmutableArray<int> sampleShape, byte[] greyLevels, int[] labels, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(greyLevels);
        return new(name, file, labelsFile, sampleShape, greyLevels, null, labels, classNames, null);
    }

    /// <summary>An image set (e.g. Fashion-MNIST) as samples of shape [H, W], pixels grey level / 255.</summary>
    /// <param name="images">The images and labels.</param>
    /// <param name="classNames">Class names by label, or null.</param>
    public static LabelledSamples FromImages(LabelledImages images, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        var bytes = new byte[images.Count * images.PixelsPerImage];
        var labels = new int[images.Count];
        for (var i = 0; i < images.Count; i++)
        {
            images.RawPixels(i).CopyTo(bytes.AsSpan(i * images.PixelsPerImage));
            labels[i] = images.Label(i);
        }

        return FromGreyLevels(images.Name, images.ImagesFile, images.LabelsFile, [images.Height, images.Width], bytes, labels, classNames);
    }

    /// <summary>The same samples with <paramref name="names"/> as class names, read from <paramref name="file"/>.</summary>
    public LabelledSamples WithClassNames(IReadOnlyList<string> names, string? file)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(Name, File, LabelsFile, SampleShape, bytes, values, labels, names, file);
    }

    /// <summary>Label of sample <paramref name="index"/>, ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    public int Label(int index)
    {
        CheckIndex(index);
        return labels[index];
    }

    /// <summary>The features of sample <paramref name="index"/>, row-major, network units (a new array).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    public double[] Features(int index)
    {
        var features = new double[FeaturesPerSample];
        CopyFeatures(index, features);
        return features;
    }

    /// <summary>Writes the features of sample <paramref name="index"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, <see cref="Count"/>).</exception>
    /// <exception cref="ArgumentException">Destination shorter than <see cref="FeaturesPerSample"/>.</exception>
    public void CopyFeatures(int index, Span<double> destination)
    {
        CheckIndex(index);
        if (destination.Length < FeaturesPerSample)
        {
            throw new ArgumentException($"needs {Text(FeaturesPerSample)} values, has {Text(destination.Length)}", nameof(destination));
        }

        var start = index * FeaturesPerSample;
        if (values is not null)
        {
            values.AsSpan(start, FeaturesPerSample).CopyTo(destination);
            return;
        }

        var raw = bytes.AsSpan(start, FeaturesPerSample);
        for (var i = 0; i < raw.Length; i++)
        {
            destination[i] = raw[i] / 255.0;
        }
    }

    /// <summary>The per-sample shape as text, e.g. <c>[28, 28]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", SampleShape.Select(d => Text(d))) + "]";

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Name} holds {Text(Count)} samples");
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
