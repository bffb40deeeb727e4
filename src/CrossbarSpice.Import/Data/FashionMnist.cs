using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// Fashion-MNIST (Xiao, Rasul &amp; Vollgraf 2017): 28×28 grey-level images of clothing in 10 classes, 60,000 for
/// training and 10,000 for testing (1,000 per class). Debian's <c>dataset-fashion-mnist</c> package installs the four
/// gzipped IDX files in <see cref="DefaultFolder"/>; uncompressed copies (without <c>.gz</c>) are accepted too.
/// </summary>
public static class FashionMnist
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> installs the files.</summary>
    public const string DefaultFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Image side length, pixels.</summary>
    public const int ImageSize = 28;

    /// <summary>The class names, indexed by label (from the dataset's README).</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>Loads a split: 60,000 (train) or 10,000 (test) images with their labels.</summary>
    /// <param name="split">Which split.</param>
    /// <param name="folder">The folder holding the IDX files; null for <see cref="DefaultFolder"/>.</param>
    /// <exception cref="InputException">A file is missing (the message says which names were tried and which package
    /// provides them) or malformed, or images and labels disagree.</exception>
    public static LabelledImages Load(DatasetSplit split, string? folder = null)
    {
        folder ??= DefaultFolder;
        var prefix = split switch
        {
            DatasetSplit.Train => "train",
            DatasetSplit.Test => "t10k",
            _ => throw new ArgumentOutOfRangeException(nameof(split), split, "unknown split"),
        };
        var images = IdxReader.Read(Find(folder, $"{prefix}-images-idx3-ubyte"));
        var labels = IdxReader.Read(Find(folder, $"{prefix}-labels-idx1-ubyte"));
        if (images.Dimensions.Length == 3 && (images.Dimensions[1] != ImageSize || images.Dimensions[2] != ImageSize))
        {
            throw new InputException(new SourceLocation(images.File, Field: "header"), $"images are {images.Dimensions[1]}×{images.Dimensions[2]}, Fashion-MNIST images are 28×28");
        }

        return new LabelledImages($"fashion-mnist {split.ToString().ToLowerInvariant()}", images, labels, ClassNames.Count);
    }

    /// <summary>
    /// A split as <see cref="LabelledSamples"/> (shape [28, 28], grey level / 255). The class names are left out of the
    /// tables, so the co-simulation tables of Fashion-MNIST stay as they were (a class-name file adds them), but figures and
    /// reports name the classes (<see cref="LabelledSamples.DisplayClassNames"/>).
    /// </summary>
    /// <exception cref="InputException">As for <see cref="Load"/>.</exception>
    public static LabelledSamples LoadSamples(DatasetSplit split, string? folder = null) => LabelledSamples.FromImages(Load(split, folder)).WithDisplayNames(ClassNames);

    private static string Find(string folder, string name)
    {
        var gz = Path.Combine(folder, name + ".gz");
        var plain = Path.Combine(folder, name);
        return File.Exists(gz) ? gz
            : File.Exists(plain) ? plain
            : throw new InputException(
                new SourceLocation(gz),
                $"Fashion-MNIST file not found (tried {gz} and {plain}); install the Debian package dataset-fashion-mnist or pass the folder holding the files");
    }
}
