using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>
/// A JSON object of the architecture file: typed accessors that report problems (naming the JSON path) and return null
/// instead of throwing, and <see cref="StrictJsonObject{TContext}.Finish"/> that reports every field no accessor asked for.
/// </summary>
internal sealed class JsonFields : StrictJsonObject<ArchitectureContext>
{
    /// <summary>Architecture files quote strings found with <c>"</c>.</summary>
    private const char Quote = '"';

    private JsonFields(JsonElement element, string path, ArchitectureContext context)
        : base(element, path, context, Quote)
    {
    }

    public static JsonFields? From(JsonElement element, string path, ArchitectureContext context) =>
        Wrap(new JsonFields(element, path, context));

    /// <summary>Marks the field known and gets it when present and not null.</summary>
    public bool TryGet(string name, out JsonElement value) =>
        TryGetField(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? Text(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing(name, required);
            return null;
        }

        return NonEmptyText(value, PathOf(name));
    }

    public int? Integer(string name, int minimum, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing(name, required);
            return null;
        }

        return ReadInteger(value, PathOf(name), minimum);
    }

    public double? Number(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing(name, required);
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !double.IsFinite(value.GetDouble()))
        {
            Wrong(name, "a finite number", value);
            return null;
        }

        return value.GetDouble();
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Wrong(name, "true or false", value);
        return null;
    }

    /// <summary>A shape: an integer or an array of integers, each ≥ <paramref name="minimum"/>.</summary>
    public TensorShape? Shape(string name, int minimum, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing(name, required);
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : new[] { value };
        if (value.ValueKind == JsonValueKind.Array && items.Length == 0)
        {
            Context.Report(NetworkDiagnosticCode.OutOfRange, PathOf(name), "expected at least one dimension");
            return null;
        }

        var dims = items.Select((item, i) => ReadInteger(item, value.ValueKind == JsonValueKind.Array ? $"{PathOf(name)}[{i}]" : PathOf(name), minimum)).ToList();
        if (dims.Any(d => d is null))
        {
            return null;
        }

        long[] known = [.. dims.Select(d => (long)d!.Value)];
        if (TensorShape.TryCreate(known, out var shape))
        {
            return shape;
        }

        Context.Report(NetworkDiagnosticCode.OutOfRange, PathOf(name), $"the shape {TensorShape.Format(known)} holds more than 2^31 − 1 elements");
        return null;
    }

    /// <summary>A 2-D size: an integer (square) or <c>[height, width]</c>; <paramref name="fallback"/> when absent.</summary>
    public Size2d? Size(string name, int minimum, Size2d? fallback)
    {
        if (!TryGet(name, out _))
        {
            Missing(name, required: fallback is null);
            return fallback;
        }

        var shape = Shape(name, minimum, required: true);
        if (shape is null)
        {
            return null;
        }

        if (shape.Rank is not (1 or 2))
        {
            Context.Report(NetworkDiagnosticCode.WrongType, PathOf(name), $"expected an integer or [height, width], found {shape}");
            return null;
        }

        return shape.Rank == 1 ? Size2d.Square(shape[0]) : new Size2d(shape[0], shape[1]);
    }

    public static string Describe(JsonElement value) => JsonValueText.Describe(value, Quote);

    /// <inheritdoc/>
    protected override string UnknownFieldMessage(string name, IReadOnlyList<string> allowed) =>
        $"unknown field '{name}'; allowed here: {string.Join(", ", allowed)}";

    private int? ReadInteger(JsonElement value, string path, int minimum)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var result))
        {
            Context.Report(NetworkDiagnosticCode.WrongType, path, $"expected an integer, found {Describe(value)}");
            return null;
        }

        if (result < minimum)
        {
            Context.Report(NetworkDiagnosticCode.OutOfRange, path, $"expected an integer ≥ {minimum.ToString(CultureInfo.InvariantCulture)}, found {result.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return result;
    }

    private void Missing(string name, bool required)
    {
        if (required)
        {
            Missing(name);
        }
    }

    private void Wrong(string name, string expected, JsonElement value) => WrongType(PathOf(name), expected, value);
}
