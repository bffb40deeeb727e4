using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Reads <c>.safetensors</c> files: an 8-byte little-endian header length N, N bytes of JSON mapping each tensor name
/// to <c>{"dtype", "shape", "data_offsets": [begin, end]}</c> (offsets relative to the byte after the header), then the
/// little-endian data. F16, BF16, F32, F64 and integer dtypes are converted to float64. Offsets are checked: inside the
/// file, matching the shape and dtype, not overlapping. Problems raise <see cref="InputException"/> naming the file and tensor.
/// </summary>
public static class SafetensorsReader
{
    /// <summary>Largest JSON header accepted, in bytes (the format's own limit is 100 MB).</summary>
    public const long MaxHeaderBytes = 100_000_000;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads every tensor of the file, in header order.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a valid safetensors file.</exception>
    public static IReadOnlyList<Tensor> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = InputFile.ReadAllBytes(path, "the file");

        return Read(bytes, path);
    }

    /// <summary>Reads every tensor of a safetensors image held in memory.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="file">File name used in errors.</param>
    /// <exception cref="InputException">Not a valid safetensors file.</exception>
    public static IReadOnlyList<Tensor> Read(ReadOnlySpan<byte> bytes, string file)
    {
        var whole = new SourceLocation(file, Field: "header");
        if (bytes.Length < 8)
        {
            throw new InputException(whole, $"truncated: {bytes.Length} bytes, too short for the 8-byte header length");
        }

        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > MaxHeaderBytes || headerLength > (ulong)(bytes.Length - 8))
        {
            throw new InputException(whole, $"header length {headerLength.ToString(CultureInfo.InvariantCulture)} exceeds the {(bytes.Length - 8).ToString(CultureInfo.InvariantCulture)} bytes that follow (truncated or not a safetensors file)");
        }

        var data = bytes[(8 + (int)headerLength)..];
        if (!Utf8.IsValid(bytes.Slice(8, (int)headerLength)))
        {
            // JSON strings are only transcoded when read: invalid UTF-8 would surface as InvalidOperationException there.
            throw new InputException(whole, "the header is not valid UTF-8 text");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.Slice(8, (int)headerLength).ToArray(), Options);
        }
        catch (JsonException exception)
        {
            throw new InputException(whole, $"the header is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(whole, "the header is not a JSON object");
            }

            var entries = new List<SafetensorsEntry>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    throw new InputException(new SourceLocation(file, Field: property.Name), "tensor name appears twice in the header");
                }

                if (property.Name == "__metadata__")
                {
                    CheckMetadata(property.Value, file);
                    continue;
                }

                entries.Add(SafetensorsEntry.Parse(property.Name, property.Value, data.Length, file));
            }

            CheckOverlaps(entries, file);
            var tensors = new List<Tensor>(entries.Count);
            foreach (var entry in entries)
            {
                tensors.Add(entry.Decode(data));
            }

            return tensors;
        }
    }

    private static void CheckMetadata(JsonElement metadata, string file)
    {
        if (metadata.ValueKind != JsonValueKind.Object || metadata.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
        {
            throw new InputException(new SourceLocation(file, Field: "__metadata__"), "must be an object of string values");
        }
    }

    private static void CheckOverlaps(List<SafetensorsEntry> entries, string file)
    {
        SafetensorsEntry? previous = null;
        foreach (var entry in entries.Where(e => e.End > e.Begin).OrderBy(e => e.Begin))
        {
            if (previous is not null && entry.Begin < previous.End)
            {
                throw new InputException(new SourceLocation(file, Field: entry.Name), $"data_offsets overlap those of tensor '{previous.Name}'");
            }

            previous = entry;
        }
    }
}
