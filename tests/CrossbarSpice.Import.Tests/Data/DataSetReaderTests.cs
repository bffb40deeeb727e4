using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Data;

public sealed class DataSetReaderTests
{
    [Fact]
    public void Read_IdxPairGzipped_SamplesAreGreyLevelsOver255()
    {
        using var folder = new TempFolder();
        var images = folder.Write("x-images-idx3-ubyte.gz", IdxBytes.Gzip(IdxBytes.UnsignedBytes([2, 1, 2], [0, 255, 51, 102])));
        var labels = folder.Write("x-labels.idx", IdxBytes.UnsignedBytes([2], [4, 1]));

        var set = DataSetReader.Read(images, labels);

        Assert.Equal([1, 2], set.SampleShape.ToArray());
        Assert.Equal([51 / 255.0, 102 / 255.0], set.Features(1));
        Assert.Equal((4, 1), (set.Label(0), set.Label(1)));
        Assert.Equal(labels, set.LabelsFile);
    }

    [Fact]
    public void Read_IdxCountMismatch_ThrowsNamingTheLabelFile()
    {
        using var folder = new TempFolder();
        var images = folder.Write("a.idx", IdxBytes.UnsignedBytes([2, 2], [1, 2, 3, 4]));
        var labels = folder.Write("b.idx", IdxBytes.UnsignedBytes([3], [0, 1, 2]));

        var error = Assert.Throws<InputException>(() => DataSetReader.Read(images, labels));

        Assert.Equal(labels, error.Location.File);
        Assert.Contains("3 labels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IdxWithoutLabels_ThrowsNamingTheLabelsField()
    {
        using var folder = new TempFolder();
        var images = folder.Write("a-ubyte", IdxBytes.UnsignedBytes([1, 1], [1]));

        var error = Assert.Throws<InputException>(() => DataSetReader.Read(images, null, "--labels"));

        Assert.Equal("--labels", error.Location.Field);
    }

    [Fact]
    public void Read_ByExtension_CsvAndNpzAndUnknown()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("s.csv", "1,0.25\n");
        var npz = folder.Write("s.npz", NpyBytes.Npz(("x", NpyBytes.F8([1, 1], 0.75)), ("y", DataSetFiles.U1([1], 2))));
        var other = folder.Write("s.json", "{}");

        Assert.Equal([0.25], DataSetReader.Read(csv).Features(0));
        Assert.Equal([0.75], DataSetReader.Read(npz).Features(0));
        var error = Assert.Throws<InputException>(() => DataSetReader.Read(other));
        Assert.Contains(".json", error.Problem, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => DataSetReader.Read(csv, npz));
    }

    [Fact]
    public void FromImages_FashionMnistLikeBytes_EqualLabelledImagesPixelsExactly()
    {
        var images = new LabelledImages("tiny", IdxReader.Parse("i", IdxBytes.UnsignedBytes([3, 2, 2], [.. Enumerable.Range(0, 12).Select(i => (byte)(i * 21))])), IdxReader.Parse("l", IdxBytes.UnsignedBytes([3], [2, 0, 1])), 10);

        var samples = LabelledSamples.FromImages(images, FashionMnist.ClassNames);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(images.Pixels(i), samples.Features(i));
            Assert.Equal(images.Label(i), samples.Label(i));
        }

        Assert.Equal([2, 2], samples.SampleShape.ToArray());
        Assert.Equal("Pullover", samples.ClassNames![samples.Label(0)]);
    }

    [Fact]
    public void ClassNamesFile_OneNamePerLine_TrailingBlankLinesIgnored_DuplicatesAndGapsRefused()
    {
        using var folder = new TempFolder();

        Assert.Equal(["cat", "dog"], ClassNamesFile.Read(folder.Write("ok.txt", "cat\r\n dog \n\n")));
        var duplicate = Assert.Throws<InputException>(() => ClassNamesFile.Read(folder.Write("dup.txt", "cat\ndog\ncat\n")));
        Assert.Equal(3, duplicate.Location.Line);
        var gap = Assert.Throws<InputException>(() => ClassNamesFile.Read(folder.Write("gap.txt", "cat\n\ndog\n")));
        Assert.Equal(2, gap.Location.Line);
    }
}
