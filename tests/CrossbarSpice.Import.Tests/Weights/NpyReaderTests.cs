using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Tests.TestSupport;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

public sealed class NpyReaderTests
{
    private static readonly SourceLocation Where = new("test.npz", Field: "t.npy");

    [Fact]
    public void Read_FortranOrderFixture_ReordersToRowMajor()
    {
        var tensor = NpyReader.Read(Values.Fixture("fortran_2x3.npy"));

        Assert.Equal("fortran_2x3", tensor.Name);
        Assert.Equal(new TensorShape(2, 3), tensor.Shape);
        Assert.Equal(Values.Ramp(6, 1.0, 0.0), tensor.Values.ToArray());
    }

    [Fact]
    public void Read_Float16Fixture_ConvertsExactly()
    {
        var tensor = NpyReader.Read(Values.Fixture("half_4.npy"));

        Assert.Equal(TensorDataType.Float16, tensor.SourceType);
        Assert.Equal(Values.Ramp(4, 0.5, -1.0), tensor.Values.ToArray());
    }

    [Fact]
    public void Read_BigEndianFixture_ConvertsExactly()
    {
        var tensor = NpyReader.Read(Values.Fixture("bigendian_3.npy"));

        Assert.Equal(Values.Ramp(3, 1.5, 0.0), tensor.Values.ToArray());
    }

    [Fact]
    public void Read_Int64Fixture_KeepsIntegerSourceType()
    {
        var tensor = NpyReader.Read(Values.Fixture("int64_2.npy"));

        Assert.Equal(TensorDataType.Int64, tensor.SourceType);
        Assert.Equal([3.0, -4.0], tensor.Values.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_EachFormatVersion_ReadsTheSameArray(int version)
    {
        var data = new byte[16];
        BitConverter.TryWriteBytes(data.AsSpan(0), 1.5);
        BitConverter.TryWriteBytes(data.AsSpan(8), -2.0);
        var bytes = NpyBytes.Array("<f8", [2], data, version: version);

        var tensor = NpyReader.Read(new MemoryStream(bytes), "t", Where, bytes.Length);

        Assert.Equal([1.5, -2.0], tensor.Values.ToArray());
    }

    [Fact]
    public void Read_RankZeroScalar_HasOneElement()
    {
        var bytes = NpyBytes.WithHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", BitConverter.GetBytes(7.0));

        var tensor = NpyReader.Read(new MemoryStream(bytes), "s", Where, bytes.Length);

        Assert.Equal(0, tensor.Shape.Rank);
        Assert.Equal(7.0, tensor[0]);
    }

    [Theory]
    [InlineData("|O", "not supported")]
    [InlineData("<c16", "not supported")]
    [InlineData("<U4", "not supported")]
    [InlineData("f8", "not a NumPy type string")]
    public void Read_UnsupportedDtype_ThrowsNamingTheDtype(string descr, string expected)
    {
        var bytes = NpyBytes.Array(descr, [1], new byte[16]);

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where));

        Assert.Contains(descr, error.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
        Assert.Equal("t.npy", error.Location.Field);
    }

    [Fact]
    public void Read_StructuredDtype_ThrowsCorruptHeaderExplainingWhy()
    {
        var bytes = NpyBytes.WithHeader("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", new byte[4]);

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where));

        Assert.Contains("structured", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'descr': '<f8', 'shape': (1,), }", "missing: 'fortran_order'")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}", "unexpected: 'extra'")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }", "'shape'")]
    [InlineData("{'descr': '<f8', 'fortran_order': 0, 'shape': (1,), }", "'fortran_order'")]
    [InlineData("not a dict", "unexpected")]
    public void Read_MalformedHeaderDict_ThrowsCorruptHeader(string header, string expected)
    {
        var bytes = NpyBytes.WithHeader(header, new byte[8]);

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where));

        Assert.StartsWith("corrupt .npy header", error.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongMagic_Throws()
    {
        var bytes = "PK\u0003\u0004not npy at all"u8.ToArray();

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where));

        Assert.Contains("magic", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamEndsInsideHeader_ThrowsTruncated()
    {
        var bytes = NpyBytes.Array("<f8", [2], new byte[16])[..20];

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where));

        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BytesAfterTheData_Throws()
    {
        var bytes = NpyBytes.Array("<f8", [1], new byte[16]);

        var error = Assert.Throws<InputException>(() => NpyReader.Read(new MemoryStream(bytes), "t", Where, bytes.Length));

        Assert.Contains("8 unexpected bytes", error.Problem, StringComparison.Ordinal);
    }
}
