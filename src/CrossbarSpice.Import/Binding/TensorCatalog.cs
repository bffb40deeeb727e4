using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Binding;

/// <summary>Every tensor of the weights files by name, and which of them layers used.</summary>
internal sealed class TensorCatalog
{
    private readonly Dictionary<string, TensorSource> tensors = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>Names in file order.</summary>
    public IReadOnlyList<string> Names => order;

    /// <summary>Reads every file; unreadable files and duplicate names are reported, not thrown.</summary>
    public static TensorCatalog Load(IEnumerable<string> paths, List<NetworkDiagnostic> diagnostics)
    {
        var catalog = new TensorCatalog();
        foreach (var path in paths)
        {
            try
            {
                var isCsv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
                foreach (var tensor in WeightsFileReader.Read(path))
                {
                    if (catalog.tensors.TryGetValue(tensor.Name, out var first))
                    {
                        diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.DuplicateName, new SourceLocation(path, Field: tensor.Name), $"tensor '{tensor.Name}' is also in {first.File}; tensor names must be unique across weights files"));
                        continue;
                    }

                    catalog.tensors.Add(tensor.Name, new TensorSource(tensor, path, isCsv));
                    catalog.order.Add(tensor.Name);
                }
            }
            catch (InputException exception)
            {
                diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.InvalidFile, exception.Location, exception.Problem));
            }
        }

        return catalog;
    }

    /// <summary>The tensor called <paramref name="name"/>, marked used; null when absent.</summary>
    public TensorSource? Use(string name)
    {
        if (!tensors.TryGetValue(name, out var source))
        {
            return null;
        }

        used.Add(name);
        return source;
    }

    /// <summary>Warnings for tensors no layer used.</summary>
    public IEnumerable<NetworkDiagnostic> UnusedWarnings() =>
        order.Where(name => !used.Contains(name)).Select(name => NetworkDiagnostic.Warning(
            NetworkDiagnosticCode.UnusedTensor,
            new SourceLocation(tensors[name].File, Field: name),
            $"tensor '{name}' {tensors[name].Tensor.Shape} is used by no layer"));
}
