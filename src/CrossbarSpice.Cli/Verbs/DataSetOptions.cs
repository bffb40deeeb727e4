using CommandLine;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>The data set options the verbs that run samples share (<c>cosim</c>, <c>sweep</c>).</summary>
internal abstract class DataSetOptions
{
    /// <summary>Data set name.</summary>
    [Option("data", Default = "fashion-mnist", HelpText = "Data set: fashion-mnist (Debian package dataset-fashion-mnist).")]
    public string Data { get; set; } = "fashion-mnist";

    /// <summary>Folder of the data set files.</summary>
    [Option("data-folder", HelpText = "Folder holding the data set's IDX files. Default: /usr/share/datasets/fashion-mnist.")]
    public string? DataFolder { get; set; }

    /// <summary>Split.</summary>
    [Option("split", Default = "test", HelpText = "test | train.")]
    public string Split { get; set; } = "test";

    /// <summary>The split's name in lower case, after checking the data set and the split.</summary>
    /// <exception cref="InputException">An unknown data set or split.</exception>
    public string SplitName()
    {
        if (!string.Equals(Data, "fashion-mnist", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(new SourceLocation(null, Field: "--data"), $"unknown data set '{Data}'; available: fashion-mnist");
        }

        var split = Split.ToLowerInvariant();
        return split is "test" or "train"
            ? split
            : throw new InputException(new SourceLocation(null, Field: "--split"), $"unknown split '{Split}'; available: test, train");
    }

    /// <summary>Loads the chosen split.</summary>
    /// <exception cref="InputException">As for <see cref="SplitName"/>, or unreadable data files.</exception>
    public LabelledImages Load() => FashionMnist.Load(SplitName() == "train" ? DatasetSplit.Train : DatasetSplit.Test, DataFolder);
}
