using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

/// <summary>Corruptions the reader fuzzing found escaping as .NET exceptions: each is an InputException naming the file.</summary>
public sealed class CorruptHeaderTests
{
    [Fact]
    public void Npz_CentralDirectoryCountWrong_IsInputException()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("a.npy");
        }

        var bytes = buffer.ToArray();
        bytes[^12] = 7; // the end-of-central-directory record's total entry count

        var error = Assert.Throws<InputException>(() => NpzReader.Read(new MemoryStream(bytes), "w.npz"));

        Assert.StartsWith("w.npz: not a valid .npz (zip) archive", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'{', (byte)'}', (byte)'}' }, "the header is not valid UTF-8 text")]
    public void Safetensors_HeaderNotUtf8_IsInputException(byte[] header, string message)
    {
        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(File(header), "w.safetensors"));

        Assert.StartsWith("w.safetensors", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safetensors_ShapeHoldingAnObject_IsInputException()
    {
        var header = Encoding.UTF8.GetBytes("""{"w":{"dtype":"F32","shape":[{}],"data_offsets":[0,0]}}""");

        var error = Assert.Throws<InputException>(() => SafetensorsReader.Read(File(header), "w.safetensors"));

        Assert.Contains("shape must be an array of non-negative integers", error.Message, StringComparison.Ordinal);
    }

    private static byte[] File(byte[] header)
    {
        var bytes = new byte[8 + header.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, header.Length);
        header.CopyTo(bytes, 8);
        return bytes;
    }
}
