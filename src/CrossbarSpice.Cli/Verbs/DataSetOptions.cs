using CommandLine;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>The data set options the verbs that run samples share (<c>cosim</c>, <c>sweep</c>); docs/data.md.</summary>
internal abstract class DataSetOptions
{
    /// <summary>The name that selects Fashion-MNIST.</summary>
    public const string FashionMnistName = "fashion-mnist";

    /// <summary>Data set name or file.</summary>
    [Option("data", Default = FashionMnistName, HelpText = "fashion-mnist (Debian package dataset-fashion-mnist), or a data file: .npz (arrays x, y, optional classes), .csv (label, then features, one sample per line), or an IDX sample file (.idx / -ubyte, optionally .gz) with --labels. See docs/data.md.")]
    public string Data { get; set; } = FashionMnistName;

    /// <summary>IDX label file.</summary>
    [Option("labels", HelpText = "The IDX label file of an IDX sample file given as --data.")]
    public string? Labels { get; set; }

    /// <summary>Class-name file.</summary>
    [Option("classes", HelpText = "Class names, one per line (line k names class k); they add name columns to predictions.csv and the per-class table classes.csv. Overrides the names in an .npz.")]
    public string? Classes { get; set; }

    /// <summary>Folder of the data set files.</summary>
    [Option("data-folder", HelpText = "fashion-mnist: folder holding its IDX files. Default: /usr/share/datasets/fashion-mnist.")]
    public string? DataFolder { get; set; }

    /// <summary>Split.</summary>
    [Option("split", HelpText = "fashion-mnist: test | train. Default: test.")]
    public string? Split { get; set; }

    /// <summary>True when <see cref="Data"/> names Fashion-MNIST rather than a file.</summary>
    public bool IsFashionMnist => string.Equals(Data, FashionMnistName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The split's name in lower case (<c>test</c> for a data file), after checking the options fit together.</summary>
    /// <exception cref="InputException">An unknown split, or a Fashion-MNIST option given with a data file (or the reverse).</exception>
    public string SplitName()
    {
        if (!IsFashionMnist)
        {
            if (Split is not null || DataFolder is not null)
            {
                throw new InputException(new SourceLocation(null, Field: Split is not null ? "--split" : "--data-folder"), $"belongs to --data {FashionMnistName}; a data file is used whole");
            }

            return "test";
        }

        if (Labels is not null)
        {
            throw new InputException(new SourceLocation(null, Field: "--labels"), "belongs to an IDX sample file given as --data");
        }

        var split = (Split ?? "test").ToLowerInvariant();
        return split is "test" or "train"
            ? split
            : throw new InputException(new SourceLocation(null, Field: "--split"), $"unknown split '{Split}'; available: test, train");
    }

    /// <summary>Loads the data set (with the class names of <see cref="Classes"/> when given).</summary>
    /// <exception cref="InputException">As for <see cref="SplitName"/>, or unreadable or malformed data files.</exception>
    public LabelledSamples Load()
    {
        var split = SplitName();
        var data = IsFashionMnist
            ? FashionMnist.LoadSamples(split == "train" ? DatasetSplit.Train : DatasetSplit.Test, DataFolder)
            : DataSetReader.Read(Data, Labels, "--labels");
        return Classes is null ? data : data.WithClassNames(ClassNamesFile.Read(Classes), Classes);
    }
}
