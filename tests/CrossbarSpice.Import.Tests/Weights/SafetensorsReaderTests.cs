using System.Buffers.Binary;
using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Tests.TestSupport;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

public sealed class SafetensorsReaderTests
{
    [Fact]
    public void Read_Fixture_DecodesF32F64F16AndBf16()
    {
        var tensors = SafetensorsReader.Read(Values.Fixture("tiny.safetensors")).ToDictionary(t => t.Name);

        Assert.Equal(["fc1.weight", "fc2.weight", "half", "brain"], tensors.Keys);
        Assert.Equal(TensorDataType.Float32, tensors["fc1.weight"].SourceType);
        Assert.Equal(new TensorShape(3, 4), tensors["fc1.weight"].Shape);
        Assert.Equal(Values.Ramp(12, 0.25, -1.0), tensors["fc1.weight"].Values.ToArray());
        Assert.Equal(TensorDataType.Float64, tensors["fc2.weight"].SourceType);
        Assert.Equal(Values.Ramp(6, 0.125, -0.5), tensors["fc2.weight"].Values.ToArray());
        Assert.Equal(Values.Ramp(4, 0.5, -1.0), tensors["half"].Values.ToArray());
        Assert.Equal(TensorDataType.BFloat16, tensors["brain"].SourceType);
        Assert.Equal(Values.Ramp(2, 0.5, 1.0), tensors["brain"].Values.ToArray());
    }

    [Fact]
    public void Read_TooShortForHeaderLength_Throws()
    {
        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read([1, 2, 3], "w.safetensors"));

        Assert.Equal("w.safetensors", error.Location.File);
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderLengthBeyondFile_ThrowsTruncated()
    {
        var bytes = File.ReadAllBytes(Values.Fixture("tiny.safetensors"));

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes.AsSpan(0, 40), "cut.safetensors"));

        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataCutShort_ThrowsNamingTheTensor()
    {
        var bytes = Build("""{"w":{"dtype":"F64","shape":[2],"data_offsets":[0,16]}}""", new byte[8]);

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes, "w.safetensors"));

        Assert.Equal("w", error.Location.Field);
        Assert.Contains("beyond", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OffsetsNotMatchingShape_ThrowsWithByteCounts()
    {
        var bytes = Build("""{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}""", new byte[8]);

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes, "w.safetensors"));

        Assert.Equal("w", error.Location.Field);
        Assert.Contains("needs 12", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlappingOffsets_Throws()
    {
        var bytes = Build("""{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}""", new byte[12]);

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes, "w.safetensors"));

        Assert.Contains("overlap", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"w":{"dtype":"BOOL","shape":[1],"data_offsets":[0,1]}}""", "not supported")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1]}}""", "data_offsets")]
    [InlineData("""{"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}""", "shape")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}}""", "unknown header field")]
    [InlineData("""{"w":[1,2]}""", "not an object")]
    public void Read_BadHeaderEntry_ThrowsNamingTheTensor(string header, string expected)
    {
        var bytes = Build(header, new byte[8]);

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes, "w.safetensors"));

        Assert.Equal("w", error.Location.Field);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderNotJson_Throws()
    {
        var bytes = Build("{not json", []);

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(bytes, "w.safetensors"));

        Assert.Equal("header", error.Location.Field);
        Assert.Contains("not valid JSON", error.Problem, StringComparison.Ordinal);
    }

    private static byte[] Build(string header, byte[] data)
    {
        var json = Encoding.UTF8.GetBytes(header);
        var bytes = new byte[8 + json.Length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)json.Length);
        json.CopyTo(bytes, 8);
        data.CopyTo(bytes, 8 + json.Length);
        return bytes;
    }
}
