using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Architecture;

/// <summary>
/// Reads architecture files (docs/architecture-format.md). Strict: unknown fields, missing required fields, wrong JSON
/// types, unknown layer types and activations and out-of-range sizes are all reported, each naming the file and JSON
/// path (e.g. <c>$.layers[2].kernel</c>); every problem is collected before failing.
/// </summary>
public static class ArchitectureReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private static readonly Dictionary<string, Func<JsonFields, LayerParts?>> Parsers = new(StringComparer.Ordinal)
    {
        ["dense"] = LinearLayerParsers.Dense,
        ["conv2d"] = LinearLayerParsers.Conv2d,
        ["activation"] = ShapingLayerParsers.Activation,
        ["avgPool2d"] = f => ShapingLayerParsers.Pool(f, max: false),
        ["maxPool2d"] = f => ShapingLayerParsers.Pool(f, max: true),
        ["globalAvgPool"] = ShapingLayerParsers.GlobalAveragePool,
        ["flatten"] = ShapingLayerParsers.Flatten,
        ["reshape"] = ShapingLayerParsers.Reshape,
        ["permute"] = ShapingLayerParsers.Permute,
        ["layerNorm"] = ShapingLayerParsers.LayerNorm,
        ["add"] = ShapingLayerParsers.Add,
        ["softmax"] = ShapingLayerParsers.Softmax,
        ["matMul"] = ShapingLayerParsers.MatMul,
        ["affine"] = ShapingLayerParsers.Affine,
        ["lstm"] = RecurrentLayerParsers.Lstm,
        ["bilstm"] = RecurrentLayerParsers.Bidirectional,
        ["bilstm2d"] = RecurrentLayerParsers.Bidirectional2d,
    };

    private static readonly HashSet<string> MultiInputTypes = new(StringComparer.Ordinal) { "add", "matMul" };

    /// <summary>The layer type names the format accepts, in documentation order.</summary>
    public static IReadOnlyList<string> LayerTypes { get; } = [.. Parsers.Keys];

    /// <summary>Reads and validates an architecture file.</summary>
    /// <exception cref="NetworkValidationException">The file is invalid; every problem is listed.</exception>
    public static ModelArchitecture Read(string path) => Validate(path).GetArchitectureOrThrow();

    /// <summary>Reads an architecture file, collecting every problem.</summary>
    public static ArchitectureReadResult Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var context = new ArchitectureContext(path);
            context.Report(NetworkDiagnosticCode.InvalidFile, "$", $"cannot read the file: {exception.Message}");
            return new ArchitectureReadResult(null, context.Diagnostics);
        }
    }

    /// <summary>Reads architecture JSON text, collecting every problem.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="file">File named in diagnostics; relative CSV references resolve against its folder.</param>
    public static ArchitectureReadResult Parse(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        var context = new ArchitectureContext(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            context.Report(NetworkDiagnosticCode.InvalidFile, exception.Path ?? "$", $"not valid JSON: {exception.Message}", line);
            return new ArchitectureReadResult(null, context.Diagnostics);
        }

        using (document)
        {
            var architecture = ReadRoot(document.RootElement, context);
            return new ArchitectureReadResult(context.HasErrors ? null : architecture, context.Diagnostics);
        }
    }

    private static ModelArchitecture? ReadRoot(JsonElement element, ArchitectureContext context)
    {
        var root = JsonFields.From(element, "$", context);
        if (root is null)
        {
            return null;
        }

        var format = root.Text("format", required: true);
        if (format is not null && format != ModelArchitecture.FormatName)
        {
            context.Report(NetworkDiagnosticCode.UnknownName, root.PathOf("format"), $"unknown format '{format}'; expected '{ModelArchitecture.FormatName}'");
        }

        var name = root.Text("name", required: true);
        var input = ReadInput(root, context);
        var outputs = ReadOutputs(root, context);
        var allowIntegers = root.Boolean("allowIntegerWeights") ?? false;
        var layers = ReadLayers(root, context);
        root.Finish();
        return name is null || input is null || layers is null
            ? null
            : new ModelArchitecture { File = context.File, Name = name, Input = input, Outputs = outputs, AllowIntegerWeights = allowIntegers, Layers = layers };
    }

    private static NetworkInput? ReadInput(JsonFields root, ArchitectureContext context)
    {
        if (!root.TryGet("input", out var element))
        {
            context.Report(NetworkDiagnosticCode.MissingField, root.PathOf("input"), "required field 'input' is missing");
            return null;
        }

        var input = JsonFields.From(element, root.PathOf("input"), context);
        if (input is null)
        {
            return null;
        }

        var name = input.Text("name", required: false) ?? "input";
        var shape = input.Shape("shape", 1, required: true);
        input.Finish();
        return shape is null ? null : new NetworkInput(name, shape);
    }

    private static IReadOnlyList<string> ReadOutputs(JsonFields root, ArchitectureContext context)
    {
        if (!root.TryGet("outputs", out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0
            || element.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString())))
        {
            context.Report(NetworkDiagnosticCode.WrongType, root.PathOf("outputs"), $"expected a non-empty array of value names, found {JsonFields.Describe(element)}");
            return [];
        }

        return [.. element.EnumerateArray().Select(item => item.GetString()!)];
    }

    private static List<LayerDeclaration>? ReadLayers(JsonFields root, ArchitectureContext context)
    {
        if (!root.TryGet("layers", out var element))
        {
            context.Report(NetworkDiagnosticCode.MissingField, root.PathOf("layers"), "required field 'layers' is missing");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            context.Report(NetworkDiagnosticCode.WrongType, root.PathOf("layers"), $"expected a non-empty array of layers, found {JsonFields.Describe(element)}");
            return null;
        }

        var layers = new List<LayerDeclaration>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var layer = ReadLayer(item, $"{root.PathOf("layers")}[{index.ToString(CultureInfo.InvariantCulture)}]", context);
            if (layer is not null)
            {
                layers.Add(layer);
            }

            index++;
        }

        return layers;
    }

    private static LayerDeclaration? ReadLayer(JsonElement element, string path, ArchitectureContext context)
    {
        var fields = JsonFields.From(element, path, context);
        if (fields is null)
        {
            return null;
        }

        var name = fields.Text("name", required: true);
        var type = fields.Text("type", required: true);
        var input = fields.Text("input", required: false);
        // Only the layer types of several inputs know "inputs"; elsewhere it is an unknown field.
        var inputs = type is not null && MultiInputTypes.Contains(type) ? ReadInputs(fields, context) : null;
        if (input is not null && inputs is not null)
        {
            context.Report(NetworkDiagnosticCode.Structure, fields.PathOf("inputs"), $"layer '{name}' gives both 'input' and 'inputs'; give one");
        }

        if (type is null)
        {
            return null;
        }

        if (!Parsers.TryGetValue(type, out var parser))
        {
            context.Report(NetworkDiagnosticCode.UnknownName, fields.PathOf("type"), $"unknown layer type '{type}'" + (name is null ? string.Empty : $" (layer '{name}')") + $"; expected one of: {string.Join(", ", LayerTypes)}");
            return null;
        }

        var parts = parser(fields);
        fields.Finish();
        return parts is null || name is null
            ? null
            : new LayerDeclaration(name, type, path, input, parts.Tensors, parts.Activation, parts.Build) { Inputs = inputs };
    }

    // "inputs": ["a", "b"] names every value a layer of several inputs (add) reads, in op order.
    private static IReadOnlyList<string>? ReadInputs(JsonFields fields, ArchitectureContext context)
    {
        if (!fields.TryGet("inputs", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0
            || element.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString())))
        {
            context.Report(NetworkDiagnosticCode.WrongType, fields.PathOf("inputs"), $"expected a non-empty array of value names, found {JsonFields.Describe(element)}");
            return null;
        }

        return [.. element.EnumerateArray().Select(item => item.GetString()!)];
    }
}
