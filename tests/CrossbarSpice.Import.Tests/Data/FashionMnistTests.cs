using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Data;

/// <summary>On the files of Debian's dataset-fashion-mnist (tools/debian-packages.txt); expected counts from the dataset's README.</summary>
public sealed class FashionMnistTests
{
    [Fact]
    public void Load_InstalledTestSplit_Has10000ImagesOf28x28And1000PerClass()
    {
        var test = FashionMnist.Load(DatasetSplit.Test);

        Assert.Equal(10_000, test.Count);
        Assert.Equal((28, 28), (test.Height, test.Width));
        Assert.Equal(Enumerable.Repeat(1000, 10), test.LabelHistogram());
        Assert.Equal("fashion-mnist test", test.Name);
    }

    [Fact]
    public void Load_InstalledTrainSplit_Has60000ImagesAnd6000PerClass()
    {
        var train = FashionMnist.Load(DatasetSplit.Train);

        Assert.Equal(60_000, train.Count);
        Assert.Equal(Enumerable.Repeat(6000, 10), train.LabelHistogram());
    }

    [Fact]
    public void Load_InstalledTestSplit_FirstImagesMatchTheKnownLabelsAndPixelRange()
    {
        var test = FashionMnist.Load(DatasetSplit.Test);

        // The first test labels as printed by the dataset's own loader (utils/mnist_reader.py): ankle boot, pullover, trouser, trouser.
        Assert.Equal([9, 2, 1, 1], Enumerable.Range(0, 4).Select(test.Label));
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[test.Label(0)]);
        var pixels = Enumerable.Range(0, 100).SelectMany(test.Pixels).ToArray();
        Assert.Equal(0.0, pixels.Min());
        Assert.Equal(1.0, pixels.Max());
    }

    [Fact]
    public void Load_FolderWithoutFiles_ThrowsNamingTheFileAndThePackage()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<InputException>(() => FashionMnist.Load(DatasetSplit.Test, folder.Path));

        Assert.Contains("t10k-images-idx3-ubyte", error.Message, StringComparison.Ordinal);
        Assert.Contains("dataset-fashion-mnist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UncompressedFilesInAnotherFolder_AreRead()
    {
        using var folder = new TempFolder();
        folder.Write("t10k-images-idx3-ubyte", IdxBytes.UnsignedBytes([2, 28, 28], new byte[2 * 784]));
        folder.Write("t10k-labels-idx1-ubyte", IdxBytes.UnsignedBytes([2], [7, 3]));

        var test = FashionMnist.Load(DatasetSplit.Test, folder.Path);

        Assert.Equal([7, 3], new[] { test.Label(0), test.Label(1) });
    }

    [Fact]
    public void Load_LabelFileShorterThanImageFile_ThrowsCountMismatch()
    {
        using var folder = new TempFolder();
        folder.Write("t10k-images-idx3-ubyte.gz", IdxBytes.Gzip(IdxBytes.UnsignedBytes([3, 28, 28], new byte[3 * 784])));
        folder.Write("t10k-labels-idx1-ubyte.gz", IdxBytes.Gzip(IdxBytes.UnsignedBytes([2], [7, 3])));

        var error = Assert.Throws<InputException>(() => FashionMnist.Load(DatasetSplit.Test, folder.Path));

        Assert.Contains("holds 2 labels", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("t10k-labels-idx1-ubyte.gz", error.Location.File, StringComparison.Ordinal);
    }
}
