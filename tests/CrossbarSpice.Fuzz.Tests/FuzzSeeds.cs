using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CrossbarSpice.Import.Weights;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>
/// The seed inputs: the bundled examples (netlists/examples/*, device-cards/*, golden decks) as they are, and the
/// formats the repository ships no file of (npy, safetensors, CSV weights, IDX) built from the bundled weights.
/// </summary>
internal static class FuzzSeeds
{
    /// <summary>Every bundled weights.npz.</summary>
    public static IReadOnlyList<byte[]> Npz { get; } = Files(RepositoryRoot.Combine("netlists", "examples"), "*.npz");

    /// <summary>Every .npy entry of the bundled npz files.</summary>
    public static IReadOnlyList<byte[]> Npy { get; } = [.. Npz.SelectMany(Entries).Select(entry => entry.Bytes)];

    /// <summary>Safetensors files holding the tensors of each bundled npz.</summary>
    public static IReadOnlyList<byte[]> Safetensors { get; } = [.. Npz.Select(SafetensorsOf)];

    /// <summary>CSV weight matrices: every rank-2 tensor of the bundled npz files.</summary>
    public static IReadOnlyList<byte[]> Csv { get; } = [.. Npz
        .SelectMany(npz => NpzReader.Read(new MemoryStream(npz), "seed.npz"))
        .Where(tensor => tensor.Shape.Rank == 2)
        .Select(CsvOf)];

    /// <summary>IDX files: unsigned-byte images [3, 4, 4] and labels [3], plain and gzip-compressed.</summary>
    public static IReadOnlyList<byte[]> Idx { get; } = [Idx3(), Labels(), Gzip(Idx3())];

    /// <summary>Every bundled architecture.json.</summary>
    public static IReadOnlyList<byte[]> Architectures { get; } = Files(RepositoryRoot.Combine("netlists", "examples"), "architecture.json");

    /// <summary>Every bundled device card.</summary>
    public static IReadOnlyList<byte[]> DeviceCards { get; } = Files(RepositoryRoot.Combine("device-cards"), "*.json", recursive: false);

    /// <summary>Every bundled SPICE deck (examples and the golden compiled decks).</summary>
    public static IReadOnlyList<byte[]> Netlists { get; } =
        [.. Files(RepositoryRoot.Combine("netlists", "examples"), "*.cir"), .. Files(RepositoryRoot.Combine("golden"), "*.cir")];

    /// <summary>The entries of a zip archive, in order.</summary>
    public static List<(string Name, byte[] Bytes)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (entry.FullName, copy.ToArray());
        })];
    }

    /// <summary>A zip archive of <paramref name="entries"/>.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static List<byte[]> Files(string folder, string pattern, bool recursive = true)
    {
        var files = Directory.GetFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        var list = files.Select(File.ReadAllBytes).ToList();
        return list.Count > 0 ? list : throw new InvalidOperationException($"no seed files {pattern} under {folder}");
    }

    private static byte[] SafetensorsOf(byte[] npz)
    {
        var tensors = NpzReader.Read(new MemoryStream(npz), "seed.npz");
        var header = new StringBuilder("{");
        var data = new MemoryStream();
        var bytes = new byte[4];
        foreach (var tensor in tensors)
        {
            var start = data.Length;
            foreach (var value in tensor.Values)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes, (float)value);
                data.Write(bytes);
            }

            header.Append(header.Length > 1 ? "," : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"\"{tensor.Name}\":{{\"dtype\":\"F32\",\"shape\":[{string.Join(",", tensor.Shape.Dimensions)}],\"data_offsets\":[{start},{data.Length}]}}");
        }

        var json = Encoding.UTF8.GetBytes(header.Append('}').ToString());
        var file = new byte[8 + json.Length + data.Length];
        BinaryPrimitives.WriteInt64LittleEndian(file, json.Length);
        json.CopyTo(file, 8);
        data.ToArray().CopyTo(file, 8 + json.Length);
        return file;
    }

    private static byte[] CsvOf(Core.Tensors.Tensor tensor)
    {
        var text = new StringBuilder();
        var columns = tensor.Shape[1];
        for (var row = 0; row < tensor.Shape[0]; row++)
        {
            text.AppendJoin(',', Enumerable.Range(0, columns).Select(column => tensor.At(row, column).ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Idx3()
    {
        byte[] header = [0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 4];
        return [.. header, .. Enumerable.Range(0, 48).Select(i => (byte)(i * 5))];
    }

    private static byte[] Labels() => [0, 0, 8, 1, 0, 0, 0, 3, 7, 1, 9];

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
