using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Data;

public sealed class IdxReaderTests
{
    private static readonly byte[] TwoByThree = [0, 1, 2, 253, 254, 255];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_PlainOrGzippedFile_ReturnsDimensionsAndBytesInFileOrder(bool gzip)
    {
        using var folder = new TempFolder();
        var bytes = IdxBytes.UnsignedBytes([2, 3], TwoByThree);
        var path = folder.Write("a-idx2-ubyte" + (gzip ? ".gz" : string.Empty), gzip ? IdxBytes.Gzip(bytes) : bytes);

        var array = IdxReader.Read(path);

        Assert.Equal([2, 3], array.Dimensions.ToArray());
        Assert.Equal(TwoByThree, array.Data.ToArray());
        Assert.Equal(path, array.File);
    }

    [Fact]
    public void Read_GzipDetectedByContentNotName_Decompresses()
    {
        using var folder = new TempFolder();
        var path = folder.Write("no-extension", IdxBytes.Gzip(IdxBytes.UnsignedBytes([6], TwoByThree)));

        Assert.Equal(TwoByThree, IdxReader.Read(path).Data.ToArray());
    }

    [Fact]
    public void Parse_BigEndianDimensionsAbove255_AreDecoded()
    {
        var array = IdxReader.Parse("big", IdxBytes.UnsignedBytes([1, 300], new byte[300]));

        Assert.Equal([1, 300], array.Dimensions.ToArray());
    }

    [Fact]
    public void Read_TruncatedData_ThrowsNamingFileDeclaredAndActualLength()
    {
        using var folder = new TempFolder();
        var bytes = IdxBytes.UnsignedBytes([2, 3], TwoByThree);
        var path = folder.Write("cut.idx", bytes[..^2]);

        var error = Assert.Throws<InputException>(() => IdxReader.Read(path));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("truncated: header declares [2, 3] = 6 data bytes, the file holds 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzipStream_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var gz = IdxBytes.Gzip(IdxBytes.UnsignedBytes([4000], new byte[4000].Select((_, i) => (byte)(i * 7)).ToArray()));
        var path = folder.Write("cut.gz", gz[..(gz.Length / 2)]);

        var error = Assert.Throws<InputException>(() => IdxReader.Read(path));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingBytes_ThrowsSayingHowMany()
    {
        var bytes = IdxBytes.UnsignedBytes([2, 3], [.. TwoByThree, 9, 9, 9]);

        var error = Assert.Throws<InputException>(() => IdxReader.Parse("long.idx", bytes));

        Assert.Contains("header declares [2, 3] = 6 data bytes, the file holds 3 more after them", error.Message, StringComparison.Ordinal);
        Assert.Equal("data", error.Location.Field);
    }

    [Fact]
    public void Parse_WrongMagic_ThrowsShowingTheMagicAndTheExpectedForm()
    {
        var bytes = IdxBytes.UnsignedBytes([6], TwoByThree);
        bytes[0] = 0x50;

        var error = Assert.Throws<InputException>(() => IdxReader.Parse("png.idx", bytes));

        Assert.Equal("png.idx", error.Location.File);
        Assert.Equal("magic", error.Location.Field);
        Assert.Contains("wrong magic 50000801", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Float32DataType_ThrowsNamingTypeAndExpected()
    {
        var error = Assert.Throws<InputException>(() => IdxReader.Parse("f.idx", IdxBytes.UnsignedBytes([6], TwoByThree, type: 0x0D)));

        Assert.Contains("data type 0x0D (float32) is not supported; expected 0x08 (unsigned byte)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0 }, "at least 4")]
    [InlineData(new byte[] { 0, 0, 8, 3, 0, 0, 0, 1 }, "header of a rank-3 IDX file is 16 bytes, the file holds 8")]
    [InlineData(new byte[] { 0, 0, 8, 0 }, "rank 0")]
    public void Parse_BrokenHeader_ThrowsSayingWhatWasExpected(byte[] bytes, string expected)
    {
        var error = Assert.Throws<InputException>(() => IdxReader.Parse("h.idx", bytes));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsInputExceptionNamingIt()
    {
        var error = Assert.Throws<InputException>(() => IdxReader.Read("/nonexistent/x-idx1-ubyte"));

        Assert.Equal("/nonexistent/x-idx1-ubyte", error.Location.File);
    }
}
