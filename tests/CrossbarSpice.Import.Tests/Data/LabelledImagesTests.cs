using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Import.Tests.Data;

public sealed class LabelledImagesTests
{
    private static IdxArray Images(int count) =>
        IdxReader.Parse("images", IdxBytes.UnsignedBytes([count, 2, 2], [.. Enumerable.Range(0, count * 4).Select(i => (byte)(i * 17))]));

    private static IdxArray Labels(params byte[] labels) => IdxReader.Parse("labels", IdxBytes.UnsignedBytes([labels.Length], labels));

    [Fact]
    public void Pixels_ScalesGreyLevelsByOneOver255()
    {
        var set = new LabelledImages("tiny", Images(2), Labels(3, 1), classCount: 10);

        Assert.Equal([4 * 17 / 255.0, 5 * 17 / 255.0, 6 * 17 / 255.0, 7 * 17 / 255.0], set.Pixels(1));
        Assert.Equal([0, 17, 34, 51], set.RawPixels(0).ToArray());
        Assert.Equal((2, 2, 2, 4), (set.Count, set.Height, set.Width, set.PixelsPerImage));
        Assert.Equal(1, set.Label(1));
    }

    [Fact]
    public void Constructor_CountMismatch_ThrowsNamingBothFilesAndCounts()
    {
        var error = Assert.Throws<InputException>(() => new LabelledImages("tiny", Images(3), Labels(1, 2), 10));

        Assert.Equal("labels", error.Location.File);
        Assert.Contains("holds 2 labels, but the image file images holds 3 images", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LabelOutOfRange_ThrowsNamingImageAndRange()
    {
        var error = Assert.Throws<InputException>(() => new LabelledImages("tiny", Images(2), Labels(0, 10), 10));

        Assert.Contains("label 10 of image 1 is outside 0–9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ImagesNotRank3_ThrowsSayingTheExpectedDimensions()
    {
        var flat = IdxReader.Parse("flat", IdxBytes.UnsignedBytes([2, 4], new byte[8]));

        var error = Assert.Throws<InputException>(() => new LabelledImages("tiny", flat, Labels(0, 1), 10));

        Assert.Contains("[count, height, width], this one has [2, 4]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelHistogram_CountsEachClass()
    {
        var set = new LabelledImages("tiny", Images(4), Labels(2, 0, 2, 2), classCount: 3);

        Assert.Equal([1, 0, 3], set.LabelHistogram());
    }

    [Fact]
    public void Label_IndexOutOfRange_Throws()
    {
        var set = new LabelledImages("tiny", Images(1), Labels(0), 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => set.Label(1));
    }
}
