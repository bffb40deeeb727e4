using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Reads any supported weights file, chosen by extension: <c>.npz</c>, <c>.npy</c>, <c>.safetensors</c>, <c>.csv</c>.
/// A <c>.npy</c> or <c>.csv</c> file holds one tensor named after the file without directory and extension.
/// </summary>
public static class WeightsFileReader
{
    /// <summary>Extensions recognised, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".npz", ".npy", ".safetensors", ".csv"];

    /// <summary>Reads every tensor of the file.</summary>
    /// <exception cref="InputException">Unknown extension, unreadable or invalid file.</exception>
    public static IReadOnlyList<Tensor> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".npz" => NpzReader.Read(path),
            ".npy" => [NpyReader.Read(path)],
            ".safetensors" => SafetensorsReader.Read(path),
            ".csv" => [CsvMatrixReader.Read(path, Path.GetFileNameWithoutExtension(path))],
            var other => throw new InputException(
                new SourceLocation(path),
                $"unknown weights format '{other}'; expected {string.Join(", ", Extensions)} (export PyTorch state dicts with numpy.savez or safetensors)"),
        };
    }
}
