using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Devices.Reading;

/// <summary>
/// A JSON object of a card being read: typed accessors that report problems to the <see cref="CardContext"/> and
/// return a placeholder (NaN, default) instead of throwing, and <see cref="StrictJsonObject{TContext}.Finish"/> that reports unknown fields.
/// </summary>
internal sealed class CardObject : StrictJsonObject<CardContext>
{
    /// <summary>Device cards quote strings found with <c>'</c>.</summary>
    private const char Quote = '\'';

    private CardObject(JsonElement element, string path, CardContext context)
        : base(element, path, context, Quote)
    {
    }

    /// <summary>Wraps <paramref name="element"/> when it is an object; reports and returns null otherwise.</summary>
    public static CardObject? From(JsonElement element, string path, CardContext context) =>
        Wrap(new CardObject(element, path, context));

    /// <summary>A required number object <c>{"value": x, "source"|"assumption": "…"}</c>; NaN when invalid.</summary>
    public double Quantity(string name, NumberRule rule) =>
        TryGetField(name, out var value) ? ReadQuantity(value, PathOf(name), rule) : Missing(name, double.NaN);

    /// <summary>An optional number object; <paramref name="fallback"/> (recorded as a default) when absent. A fallback
    /// derived from an invalid field (NaN or infinite, that field's problem already reported) is returned unrecorded.</summary>
    public double Quantity(string name, NumberRule rule, double fallback, string unit, string because)
    {
        if (TryGetField(name, out var value))
        {
            return ReadQuantity(value, PathOf(name), rule);
        }

        if (!double.IsFinite(fallback))
        {
            return fallback;
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
    public string Text(string name) =>
        TryGetField(name, out var value) ? NonEmptyText(value, PathOf(name)) ?? string.Empty : Missing(name, string.Empty);

    /// <summary>An optional list of strings; empty when absent.</summary>
    public IReadOnlyList<string> TextList(string name)
    {
        if (!TryGetField(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            WrongType(PathOf(name), "an array of strings", value);
            return [];
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!)];
    }

    /// <summary>A required enumeration value written by name (exact case).</summary>
    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryGetField(name, out var value) ? ReadEnum<TEnum>(value, PathOf(name)) : Missing(name, default(TEnum));

    /// <summary>An optional enumeration value; <paramref name="fallback"/> (recorded as a default) when absent.</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback, string because)
        where TEnum : struct, Enum
    {
        if (TryGetField(name, out var value))
        {
            return ReadEnum<TEnum>(value, PathOf(name));
        }

        Context.RecordDefault(PathOf(name), fallback.ToString(), because);
        return fallback;
    }

    /// <summary>A required nested object; null (reported) when absent or not an object.</summary>
    public CardObject? Object(string name) =>
        TryGetField(name, out var value) ? From(value, PathOf(name), Context) : Missing<CardObject?>(name, null);

    /// <summary>An optional nested object; null when absent.</summary>
    public CardObject? OptionalObject(string name) =>
        TryGetField(name, out var value) ? From(value, PathOf(name), Context) : null;

    /// <summary>A required non-empty array of objects.</summary>
    public IReadOnlyList<CardObject> ObjectList(string name)
    {
        if (!TryGetField(name, out var value))
        {
            return Missing<IReadOnlyList<CardObject>>(name, []);
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            WrongType(PathOf(name), "a non-empty array of objects", value);
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
        if (!TryGetField(name, out var value))
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
        if (inner.TryGetField("values", out var values) && values.ValueKind == JsonValueKind.Array)
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
        var hasSource = TryGetField("source", out var source);
        var hasAssumption = TryGetField("assumption", out var assumption);
        if (hasSource == hasAssumption)
        {
            Context.Report(CardDiagnosticCode.Provenance, Path, hasSource
                ? "give either \"source\" or \"assumption\", not both"
                : "every number needs \"source\" (where it was published) or \"assumption\" (why it was chosen)");
            return null;
        }

        if (NonEmptyText(hasSource ? source : assumption, PathOf(hasSource ? "source" : "assumption")) is not { } text)
        {
            return null;
        }

        var provenance = new Provenance(hasSource ? ProvenanceKind.Source : ProvenanceKind.Assumption, text);
        Context.RecordProvenance(Path, provenance);
        return provenance;
    }

    /// <inheritdoc/>
    protected override string UnknownFieldMessage(string name, IReadOnlyList<string> allowed) =>
        $"unknown field '{name}' (allowed here: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))})";

    private double ReadQuantity(JsonElement value, string path, NumberRule rule)
    {
        if (From(value, path, Context) is not { } inner)
        {
            return double.NaN;
        }

        inner.ReadProvenance();
        var number = inner.TryGetField("value", out var raw)
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

    private static string Describe(JsonElement value) => JsonValueText.Describe(value, Quote);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
