using System.IO.Compression;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Tests.TestSupport;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

public sealed class NpzReaderTests
{
    [Theory]
    [InlineData("tiny_mlp.npz")]
    [InlineData("tiny_mlp_compressed.npz")]
    public void Read_NumpySavezFixture_ReturnsEveryArrayWithRampValues(string file)
    {
        var tensors = NpzReader.Read(Values.Fixture(file)).ToDictionary(t => t.Name);

        Assert.Equal(["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"], tensors.Keys);
        Assert.Equal(new TensorShape(3, 4), tensors["fc1.weight"].Shape);
        Assert.Equal(TensorDataType.Float32, tensors["fc1.weight"].SourceType);
        Assert.Equal(TensorDataType.Float64, tensors["fc2.weight"].SourceType);
        Assert.Equal(Values.Ramp(12, 0.25, -1.0), tensors["fc1.weight"].Values.ToArray());
        Assert.Equal(Values.Ramp(3, 0.5, 0.0), tensors["fc1.bias"].Values.ToArray());
        Assert.Equal(Values.Ramp(6, 0.125, -0.5), tensors["fc2.weight"].Values.ToArray());
        Assert.Equal(Values.Ramp(2, -1.0, 0.25), tensors["fc2.bias"].Values.ToArray());
        Assert.Equal(-0.5, tensors["fc1.weight"].At(0, 2));
    }

    [Fact]
    public void Read_TruncatedArchive_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(Values.Fixture("tiny_mlp.npz"));
        var path = folder.Write("cut.npz", bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("truncated or corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntryWithTooFewDataBytes_ThrowsNamingFileAndEntry()
    {
        using var folder = new TempFolder();
        var npy = NpyBytes.Array("<f8", [3, 4], new byte[10]);
        var path = folder.Write("short.npz", NpyBytes.Npz(("w", npy)));

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Equal(path, error.Location.File);
        Assert.Equal("w.npy", error.Location.Field);
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
        Assert.Contains("96", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptNpyHeader_ThrowsNamingTheEntry()
    {
        using var folder = new TempFolder();
        var npy = NpyBytes.WithHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)", new byte[16]);
        var path = folder.Write("bad.npz", NpyBytes.Npz(("fc1.bias", npy)));

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Equal("fc1.bias.npy", error.Location.Field);
        Assert.StartsWith("corrupt .npy header", error.Problem, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptDeflatedData_ThrowsNamingTheEntry()
    {
        using var folder = new TempFolder();
        var bytes = NpyBytes.Npz(CompressionLevel.Optimal, ("w", NpyBytes.Ramp([16, 16])));
        var dataStart = 30 + BitConverter.ToUInt16(bytes, 26) + BitConverter.ToUInt16(bytes, 28);
        for (var i = dataStart + 4; i < dataStart + 40; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var path = folder.Write("flipped.npz", bytes);

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Equal(path, error.Location.File);
        Assert.Equal("w.npy", error.Location.Field);
    }

    [Fact]
    public void Read_EntryThatIsNotNpy_Throws()
    {
        using var folder = new TempFolder();
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("notes.txt").Open();
            stream.Write("hello"u8);
        }

        var path = folder.Write("odd.npz", memory.ToArray());

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Equal("notes.txt", error.Location.Field);
    }

    [Fact]
    public void Read_MissingFile_ThrowsInputException()
    {
        var error = Assert.Throws<InputException>(() => NpzReader.Read("/nonexistent/weights.npz"));

        Assert.Equal("/nonexistent/weights.npz", error.Location.File);
    }
}
