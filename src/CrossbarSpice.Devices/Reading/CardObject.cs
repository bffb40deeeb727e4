using System.Globalization;
using System.Text.Json;

namespace CrossbarSpice.Devices.Reading;

/// <summary>
/// A JSON object of a card being read: typed accessors that report problems to the <see cref="CardContext"/> and
/// return a placeholder (NaN, default) instead of throwing, and <see cref="Finish"/> that reports unknown fields.
/// </summary>
internal sealed class CardObject
{
    private readonly JsonElement element;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private CardObject(JsonElement element, string path, CardContext context)
    {
        this.element = element;
        Path = path;
        Context = context;
    }

    public string Path { get; }

    public CardContext Context { get; }

    /// <summary>Wraps <paramref name="element"/> when it is an object; reports and returns null otherwise.</summary>
    public static CardObject? From(JsonElement element, string path, CardContext context)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new CardObject(element, path, context);
        }

        context.Report(CardDiagnosticCode.WrongType, path, $"expected an object, found {Describe(element)}");
        return null;
    }

    public string PathOf(string name) => Path + "." + name;

    /// <summary>Whether the field is present (and marks it known).</summary>
    public bool Has(string name)
    {
        known.Add(name);
        return element.TryGetProperty(name, out _);
    }

    /// <summary>A required number object <c>{"value": x, "source"|"assumption": "…"}</c>; NaN when invalid.</summary>
    public double Quantity(string name, NumberRule rule) =>
        TryGet(name, out var value) ? ReadQuantity(value, PathOf(name), rule) : Missing(name, double.NaN);

    /// <summary>An optional number object; <paramref name="fallback"/> (recorded as a default) when absent.</summary>
    public double Quantity(string name, NumberRule rule, double fallback, string unit, string because)
    {
        if (TryGet(name, out var value))
        {
            return ReadQuantity(value, PathOf(name), rule);
        }

        Context.RecordDefault(PathOf(name), fallback, unit, because);
        return fallback;
    }

    /// <summary>A required integer number object, ≥ <paramref name="minimum"/>; <c>int.MinValue</c> when invalid.</summary>
    public int Integer(string name, int minimum)
    {
        var value = Quantity(name, NumberRule.Finite);
        if (double.IsNaN(value))
        {
            return int.MinValue;
        }

        if (value != Math.Floor(value) || value < minimum || value > int.MaxValue)
        {
            Context.Report(CardDiagnosticCode.OutOfRange, PathOf(name), $"expected a whole number ≥ {minimum.ToString(CultureInfo.InvariantCulture)}, found {Format(value)}");
            return int.MinValue;
        }

        return (int)value;
    }

    /// <summary>A required non-empty string.</summary>
    public string Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            return Missing(name, string.Empty);
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Context.Report(CardDiagnosticCode.WrongType, PathOf(name), $"expected a non-empty string, found {Describe(value)}");
            return string.Empty;
        }

        return value.GetString()!;
    }

    /// <summary>An optional list of strings; empty when absent.</summary>
    public IReadOnlyList<string> TextList(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Context.Report(CardDiagnosticCode.WrongType, PathOf(name), $"expected an array of strings, found {Describe(value)}");
            return [];
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!)];
    }

    /// <summary>A required enumeration value written by name (exact case).</summary>
    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryGet(name, out var value) ? ReadEnum<TEnum>(value, PathOf(name)) : Missing(name, default(TEnum));

    /// <summary>An optional enumeration value; <paramref name="fallback"/> (recorded as a default) when absent.</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback, string because)
        where TEnum : struct, Enum
    {
        if (TryGet(name, out var value))
        {
            return ReadEnum<TEnum>(value, PathOf(name));
        }

        Context.RecordDefault(PathOf(name), fallback.ToString(), because);
        return fallback;
    }

    /// <summary>A required nested object; null (reported) when absent or not an object.</summary>
    public CardObject? Object(string name) =>
        TryGet(name, out var value) ? From(value, PathOf(name), Context) : Missing<CardObject?>(name, null);

    /// <summary>An optional nested object; null when absent.</summary>
    public CardObject? OptionalObject(string name) =>
        TryGet(name, out var value) ? From(value, PathOf(name), Context) : null;

    /// <summary>A required non-empty array of objects.</summary>
    public IReadOnlyList<CardObject> ObjectList(string name)
    {
        if (!TryGet(name, out var value))
        {
            return Missing<IReadOnlyList<CardObject>>(name, []);
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Context.Report(CardDiagnosticCode.WrongType, PathOf(name), $"expected a non-empty array of objects, found {Describe(value)}");
            return [];
        }

        var list = new List<CardObject>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (From(item, $"{PathOf(name)}[{index.ToString(CultureInfo.InvariantCulture)}]", Context) is { } card)
            {
                list.Add(card);
            }

            index++;
        }

        return list;
    }

    /// <summary>A required list object <c>{"values": [x, …], "source"|"assumption": "…"}</c>; null when invalid.</summary>
    public IReadOnlyList<double>? NumberList(string name, NumberRule rule)
    {
        if (!TryGet(name, out var value))
        {
            return Missing<IReadOnlyList<double>?>(name, null);
        }

        var path = PathOf(name);
        if (From(value, path, Context) is not { } inner)
        {
            return null;
        }

        inner.ReadProvenance();
        var result = new List<double>();
        if (inner.TryGet("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in values.EnumerateArray())
            {
                result.Add(inner.ReadNumber(item, $"{path}.values[{index.ToString(CultureInfo.InvariantCulture)}]", rule));
                index++;
            }
        }
        else
        {
            Context.Report(inner.Has("values") ? CardDiagnosticCode.WrongType : CardDiagnosticCode.MissingField, path + ".values", "expected an array of numbers");
        }

        inner.Finish();
        return result;
    }

    /// <summary>Reads this object's <c>source</c> / <c>assumption</c> pair and records it at this object's path.</summary>
    public Provenance? ReadProvenance()
    {
        var hasSource = TryGet("source", out var source);
        var hasAssumption = TryGet("assumption", out var assumption);
        if (hasSource == hasAssumption)
        {
            Context.Report(CardDiagnosticCode.Provenance, Path, hasSource
                ? "give either \"source\" or \"assumption\", not both"
                : "every number needs \"source\" (where it was published) or \"assumption\" (why it was chosen)");
            return null;
        }

        var text = hasSource ? source : assumption;
        if (text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
        {
            Context.Report(CardDiagnosticCode.WrongType, PathOf(hasSource ? "source" : "assumption"), $"expected a non-empty string, found {Describe(text)}");
            return null;
        }

        var provenance = new Provenance(hasSource ? ProvenanceKind.Source : ProvenanceKind.Assumption, text.GetString()!);
        Context.RecordProvenance(Path, provenance);
        return provenance;
    }

    /// <summary>Reports every field of this object that no accessor asked for.</summary>
    public void Finish()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                var allowed = known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal));
                Context.Report(CardDiagnosticCode.UnknownField, PathOf(property.Name), $"unknown field '{property.Name}' (allowed here: {allowed})");
            }
        }
    }

    private bool TryGet(string name, out JsonElement value)
    {
        known.Add(name);
        return element.TryGetProperty(name, out value);
    }

    private T Missing<T>(string name, T placeholder)
    {
        Context.Report(CardDiagnosticCode.MissingField, PathOf(name), $"required field '{name}' is missing");
        return placeholder;
    }

    private double ReadQuantity(JsonElement value, string path, NumberRule rule)
    {
        if (From(value, path, Context) is not { } inner)
        {
            return double.NaN;
        }

        inner.ReadProvenance();
        var number = inner.TryGet("value", out var raw)
            ? inner.ReadNumber(raw, path + ".value", rule)
            : inner.Missing("value", double.NaN);
        inner.Finish();
        return number;
    }

    private double ReadNumber(JsonElement value, string path, NumberRule rule)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            Context.Report(CardDiagnosticCode.OutOfRange, path, $"expected a finite number, found the string '{value.GetString()}' (NaN and infinity are not allowed)");
            return double.NaN;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Context.Report(value.ValueKind == JsonValueKind.Number ? CardDiagnosticCode.OutOfRange : CardDiagnosticCode.WrongType, path, $"expected a finite number, found {Describe(value)}");
            return double.NaN;
        }

        var problem = rule switch
        {
            NumberRule.Positive when number <= 0 => "must be > 0",
            NumberRule.NonNegative when number < 0 => "must be ≥ 0",
            NumberRule.Negative when number >= 0 => "must be < 0",
            NumberRule.UnitInterval when number is < 0 or > 1 => "must be between 0 and 1",
            _ => null,
        };
        if (problem != null)
        {
            Context.Report(CardDiagnosticCode.OutOfRange, path, $"{problem}, found {Format(number)}");
            return double.NaN;
        }

        return number;
    }

    private TEnum ReadEnum<TEnum>(JsonElement value, string path)
        where TEnum : struct, Enum
    {
        var names = System.Enum.GetNames<TEnum>();
        if (value.ValueKind == JsonValueKind.String && names.Contains(value.GetString(), StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(value.GetString()!);
        }

        Context.Report(
            value.ValueKind == JsonValueKind.String ? CardDiagnosticCode.UnknownName : CardDiagnosticCode.WrongType,
            path,
            $"expected one of {string.Join(", ", names)} (by name), found {Describe(value)}");
        return default;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string '{value.GetString()}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
