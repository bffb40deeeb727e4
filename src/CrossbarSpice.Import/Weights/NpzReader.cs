using System.IO.Compression;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Reads NumPy <c>.npz</c> archives (<c>numpy.savez</c>, stored; <c>numpy.savez_compressed</c>, deflated): a zip of
/// <c>.npy</c> arrays, each a tensor named after its entry without <c>.npy</c> (e.g. <c>fc1.weight.npy</c> →
/// <c>fc1.weight</c>). A truncated or corrupt archive or array raises <see cref="InputException"/> naming the file and
/// entry.
/// </summary>
public static class NpzReader
{
    /// <summary>Reads every array of the archive, in entry order.</summary>
    /// <exception cref="InputException">The file cannot be read, is not a zip archive, or holds an invalid array.</exception>
    public static IReadOnlyList<Tensor> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read the file: {exception.Message}", exception);
        }
    }

    /// <summary>Reads every array of an archive held in a seekable stream.</summary>
    /// <param name="stream">The archive bytes.</param>
    /// <param name="file">File name used in errors.</param>
    /// <exception cref="InputException">Not a zip archive, or an invalid array.</exception>
    public static IReadOnlyList<Tensor> Read(Stream stream, string file) =>
        ReadEntries(stream, file, (entry, name, location) => ReadEntry(entry, name, location));

    /// <summary>
    /// Reads every array of the archive, numeric ones as tensors and rank-1 fixed-width string arrays (<c>&lt;U</c>n,
    /// <c>|S</c>n; e.g. a data set's class names) as lists of strings.
    /// </summary>
    /// <exception cref="InputException">The file cannot be read, is not a zip archive, or holds an invalid array.</exception>
    public static NpzContents ReadWithStrings(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            var tensors = new List<Tensor>();
            var strings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            ReadEntries(stream, path, (entry, name, location) => Guard(location, () =>
            {
                using var entryStream = entry.Open();
                if (NpyReader.ReadStringsOrNumbers(entryStream, name, location, entry.Length, out var numbers) is { } list)
                {
                    strings.Add(name, list);
                }
                else
                {
                    tensors.Add(numbers!);
                }

                return name;
            }));
            return new NpzContents(tensors, strings);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read the file: {exception.Message}", exception);
        }
    }

    private static IReadOnlyList<T> ReadEntries<T>(Stream stream, string file, Func<ZipArchiveEntry, string, SourceLocation, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ZipArchive archive;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw NotAnArchive(file, exception);
        }

        using (archive)
        {
            try
            {
                // The central directory is read on first access, and its corruption surfaces only there.
                entries = archive.Entries;
            }
            catch (InvalidDataException exception)
            {
                throw NotAnArchive(file, exception);
            }

            var tensors = new List<T>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var location = new SourceLocation(file, Field: entry.FullName);
                if (!entry.FullName.EndsWith(".npy", StringComparison.Ordinal))
                {
                    throw new InputException(location, "entry is not a .npy array (an .npz holds only <name>.npy entries)");
                }

                var name = entry.FullName[..^4];
                if (!names.Add(name))
                {
                    throw new InputException(location, $"array '{name}' appears twice in the archive");
                }

                tensors.Add(read(entry, name, location));
            }

            return tensors;
        }
    }

    private static InputException NotAnArchive(string file, InvalidDataException exception) =>
        new(new SourceLocation(file), $"not a valid .npz (zip) archive, truncated or corrupt: {exception.Message}", exception);

    private static Tensor ReadEntry(ZipArchiveEntry entry, string name, SourceLocation location) =>
        Guard(location, () =>
        {
            using var entryStream = entry.Open();
            return NpyReader.Read(entryStream, name, location, entry.Length);
        });

    /// <summary>Runs a read of one entry, reporting corrupt or truncated compressed data as input errors.</summary>
    private static T Guard<T>(SourceLocation location, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException exception)
        {
            throw new InputException(location, $"corrupt archive entry: {exception.Message}", exception);
        }
        catch (IOException exception)
        {
            throw new InputException(location, $"cannot read the archive entry (truncated file?): {exception.Message}", exception);
        }
    }
}
