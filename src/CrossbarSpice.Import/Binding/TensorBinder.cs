using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Binding;

/// <summary>
/// Resolves a layer's <see cref="TensorRequirement"/> to a tensor and checks it: present, floating point (unless
/// integers are allowed), of the expected shape, all finite. Each problem becomes a diagnostic naming the file and tensor.
/// </summary>
internal sealed class TensorBinder(ModelArchitecture architecture, TensorCatalog catalog, List<NetworkDiagnostic> diagnostics)
{
    private const int ListedNames = 8;
    private readonly Dictionary<string, TensorSource?> csvFiles = new(StringComparer.Ordinal);

    /// <summary>The checked tensor (reshaped to the expected shape when it came from CSV), or null after reporting.</summary>
    public Tensor? Bind(LayerDeclaration layer, TensorRequirement requirement)
    {
        var source = requirement.IsCsvFile ? ReadCsv(requirement) : catalog.Use(requirement.Reference);
        if (source is null)
        {
            if (!requirement.IsCsvFile)
            {
                diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.MissingTensor, new SourceLocation(architecture.File, Field: requirement.JsonPath), MissingMessage(layer, requirement)));
            }

            return null;
        }

        var tensor = source.Tensor;
        var location = new SourceLocation(source.File, Field: tensor.Name);
        var usage = $"{requirement.Role} of layer '{layer.Name}' ({requirement.JsonPath})";
        var ok = true;
        if (!tensor.SourceType.IsFloatingPoint() && !architecture.AllowIntegerWeights)
        {
            diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.TensorDataType, location, $"tensor '{tensor.Name}' ({usage}) has dtype {tensor.SourceType.DisplayName()}; weights must be float16, bfloat16, float32 or float64 (set \"allowIntegerWeights\": true to accept integers)"));
            ok = false;
        }

        var shaped = Fit(source, requirement.ExpectedShape);
        if (shaped is null)
        {
            var hint = tensor.Shape.Rank == 2 && requirement.ExpectedShape.Rank == 2 && tensor.Shape[0] == requirement.ExpectedShape[1] && tensor.Shape[1] == requirement.ExpectedShape[0]
                ? " (transposed? weights are [outputs, inputs] as PyTorch stores them)"
                : string.Empty;
            diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.TensorShape, location, $"tensor '{tensor.Name}' has shape {tensor.Shape}, but the {usage} must be {requirement.ExpectedShape} = {requirement.ShapeMeaning}{hint}"));
            return null;
        }

        var bad = tensor.IndexOfNonFinite();
        if (bad >= 0)
        {
            var count = 0;
            foreach (var value in tensor.Values)
            {
                count += double.IsFinite(value) ? 0 : 1;
            }

            diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.NonFinite, location, $"tensor '{tensor.Name}' ({usage}) element {tensor.Shape.FormatIndex(bad)} is {Describe(tensor[bad])} ({count} non-finite value{(count == 1 ? string.Empty : "s")} in total)"));
            ok = false;
        }

        return ok ? shaped : null;
    }

    /// <summary>
    /// The tensor with the expected shape: as is when equal; for CSV matrices [r, c] also a vector from one row or
    /// column, or [r, c] → [r, d1, d2, …] with c = d1·d2·… (row-major).
    /// </summary>
    private static Tensor? Fit(TensorSource source, TensorShape expected)
    {
        var tensor = source.Tensor;
        if (tensor.Shape.Equals(expected))
        {
            return tensor;
        }

        if (!source.IsCsvMatrix || tensor.Length != expected.ElementCount)
        {
            return null;
        }

        var rows = tensor.Shape[0];
        var columns = tensor.Shape[1];
        var fits = expected.Rank switch
        {
            1 => rows == 1 || columns == 1,
            >= 3 => rows == expected[0],
            _ => false,
        };
        return fits ? tensor.Reshape(expected) : null;
    }

    private TensorSource? ReadCsv(TensorRequirement requirement)
    {
        var directory = Path.GetDirectoryName(architecture.File) ?? string.Empty;
        var path = Path.Combine(directory, requirement.Reference);
        if (csvFiles.TryGetValue(path, out var cached))
        {
            return cached;
        }

        TensorSource? source = null;
        try
        {
            source = new TensorSource(CsvMatrixReader.Read(path, requirement.Reference), path, IsCsvMatrix: true);
        }
        catch (InputException exception)
        {
            diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.InvalidFile, exception.Location, $"{exception.Problem} (named by {requirement.JsonPath})"));
        }

        csvFiles[path] = source;
        return source;
    }

    private string MissingMessage(LayerDeclaration layer, TensorRequirement requirement)
    {
        var text = $"tensor '{requirement.Reference}' ({requirement.Role} of layer '{layer.Name}', expected {requirement.ExpectedShape}) is in none of the weights files";
        if (catalog.Names.Count == 0)
        {
            return text + "; no weights file was given";
        }

        var names = string.Join(", ", catalog.Names.Take(ListedNames).Select(n => "'" + n + "'"));
        return text + $"; they hold {names}" + (catalog.Names.Count > ListedNames ? $" and {catalog.Names.Count - ListedNames} more" : string.Empty);
    }

    private static string Describe(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "+Infinity" : "-Infinity";
}
