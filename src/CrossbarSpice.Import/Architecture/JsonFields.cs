using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>
/// A JSON object of the architecture file: typed accessors that report problems (naming the JSON path) and return null
/// instead of throwing, and <see cref="Finish"/> that reports every field no accessor asked for.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement element;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, string path, ArchitectureContext context)
    {
        this.element = element;
        Path = path;
        Context = context;
    }

    public string Path { get; }

    public ArchitectureContext Context { get; }

    public static JsonFields? From(JsonElement element, string path, ArchitectureContext context)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(element, path, context);
        }

        context.Report(NetworkDiagnosticCode.WrongType, path, $"expected an object, found {Describe(element)}");
        return null;
    }

    public string PathOf(string name) => Path + "." + name;

    public bool TryGet(string name, out JsonElement value)
    {
        known.Add(name);
        return element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public string? Text(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing(name, required);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Wrong(name, "a non-empty string", value);
            return null;
        }

        return value.GetString();
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
        return dims.All(d => d is not null) ? new TensorShape([.. dims.Select(d => d!.Value)]) : null;
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

    /// <summary>Reports every field of the object that no accessor asked for.</summary>
    public void Finish()
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            var allowed = string.Join(", ", known.Order(StringComparer.Ordinal));
            Context.Report(NetworkDiagnosticCode.UnknownField, PathOf(property.Name), $"unknown field '{property.Name}'; allowed here: {allowed}");
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

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
            Context.Report(NetworkDiagnosticCode.MissingField, PathOf(name), $"required field '{name}' is missing");
        }
    }

    private void Wrong(string name, string expected, JsonElement value)
    {
        Context.Report(NetworkDiagnosticCode.WrongType, PathOf(name), $"expected {expected}, found {Describe(value)}");
    }
}
