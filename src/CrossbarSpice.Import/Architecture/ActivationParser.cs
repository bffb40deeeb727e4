using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Architecture;

/// <summary>
/// Reads an activation: a name (<c>"relu"</c>) or an object <c>{"function": "boundedLinearTanh", "slope": 0.5,
/// "limit": 1}</c>; slope and limit are allowed only for boundedLinearTanh and default to [P3]'s m = 0.5, L = 1.
/// </summary>
internal static class ActivationParser
{
    /// <summary>Activation names as written in the file.</summary>
    public static IReadOnlyDictionary<string, ActivationKind> Names { get; } = new Dictionary<string, ActivationKind>(StringComparer.Ordinal)
    {
        ["relu"] = ActivationKind.Relu,
        ["sigmoid"] = ActivationKind.Sigmoid,
        ["tanh"] = ActivationKind.Tanh,
        ["abs"] = ActivationKind.Abs,
        ["boundedLinearTanh"] = ActivationKind.BoundedLinearTanh,
    };

    /// <summary>The file name of an activation kind, e.g. <c>boundedLinearTanh</c>.</summary>
    public static string NameOf(ActivationKind kind) => Names.First(pair => pair.Value == kind).Key;

    /// <summary>Reads field <paramref name="field"/>; null when absent (and not required) or invalid.</summary>
    public static ActivationLayer? Read(JsonFields fields, string field, bool required)
    {
        if (!fields.TryGet(field, out var value))
        {
            if (required)
            {
                fields.Context.Report(NetworkDiagnosticCode.MissingField, fields.PathOf(field), $"required field '{field}' is missing");
            }

            return null;
        }

        var path = fields.PathOf(field);
        if (value.ValueKind == JsonValueKind.String)
        {
            var kind = Kind(value.GetString()!, path, fields.Context);
            return kind is { } known ? new ActivationLayer(known) : null;
        }

        var spec = JsonFields.From(value, path, fields.Context);
        if (spec is null)
        {
            return null;
        }

        var name = spec.Text("function", required: true);
        var result = name is null ? null : Kind(name, spec.PathOf("function"), fields.Context);
        ActivationLayer? layer = null;
        if (result == ActivationKind.BoundedLinearTanh)
        {
            var slope = Positive(spec, "slope", BoundedLinearTanhParameters.Seed003.Slope);
            var limit = Positive(spec, "limit", BoundedLinearTanhParameters.Seed003.Limit);
            layer = slope is { } m && limit is { } l ? new ActivationLayer(result.Value, new BoundedLinearTanhParameters(m, l)) : null;
        }
        else if (result is { } other)
        {
            layer = new ActivationLayer(other);
        }

        spec.Finish();
        return layer;
    }

    private static ActivationKind? Kind(string name, string path, ArchitectureContext context)
    {
        if (Names.TryGetValue(name, out var kind))
        {
            return kind;
        }

        context.Report(NetworkDiagnosticCode.UnknownName, path, $"unknown activation '{name}'; expected one of: {string.Join(", ", Names.Keys)}");
        return null;
    }

    private static double? Positive(JsonFields spec, string name, double fallback)
    {
        var value = spec.Number(name, required: false);
        if (value is null)
        {
            return spec.TryGet(name, out _) ? null : fallback;
        }

        if (value <= 0)
        {
            spec.Context.Report(NetworkDiagnosticCode.OutOfRange, spec.PathOf(name), $"must be > 0, found {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }
}
