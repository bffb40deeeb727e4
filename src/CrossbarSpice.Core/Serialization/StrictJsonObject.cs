using System.Text.Json;

namespace CrossbarSpice.Core.Serialization;

/// <summary>
/// A JSON object read strictly: typed accessors in derived classes report problems (naming the JSON path) to the
/// <see cref="Context"/> and return a placeholder instead of throwing, every field they ask for is marked known, and
/// <see cref="Finish"/> reports every field no accessor asked for.
/// </summary>
/// <typeparam name="TContext">The state of the file being read, where problems go.</typeparam>
public abstract class StrictJsonObject<TContext>
    where TContext : IStrictJsonReporter
{
    private readonly JsonElement element;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly char quote;

    /// <summary>Wraps <paramref name="element"/>, which must be a JSON object (see <see cref="Wrap"/>).</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="path">Its JSON path, <c>$</c> for the root.</param>
    /// <param name="context">Where problems go.</param>
    /// <param name="quote">The quote the file format's messages put around strings found (<c>'</c> or <c>"</c>).</param>
    protected StrictJsonObject(JsonElement element, string path, TContext context, char quote)
    {
        this.element = element;
        this.quote = quote;
        Path = path;
        Context = context;
    }

    /// <summary>The JSON path of this object, <c>$</c> for the root.</summary>
    public string Path { get; }

    /// <summary>The state of the file being read, where problems go.</summary>
    public TContext Context { get; }

    /// <summary>The JSON path of the field <paramref name="name"/> of this object.</summary>
    public string PathOf(string name) => Path + "." + name;

    /// <summary>Whether the field is present, even as null (and marks it known).</summary>
    public bool Has(string name)
    {
        known.Add(name);
        return element.TryGetProperty(name, out _);
    }

    /// <summary>Reports every field of this object that no accessor asked for.</summary>
    public void Finish()
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Context.Report(StrictJsonProblem.UnknownField, PathOf(property.Name), UnknownFieldMessage(property.Name, [.. known.Order(StringComparer.Ordinal)]));
        }
    }

    /// <summary>
    /// <paramref name="candidate"/> when it wraps a JSON object; otherwise reports "expected an object" at its path and
    /// returns null.
    /// </summary>
    protected static TObject? Wrap<TObject>(TObject candidate)
        where TObject : StrictJsonObject<TContext>
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.element.ValueKind == JsonValueKind.Object)
        {
            candidate.ReportDuplicateKeys();
            return candidate;
        }

        candidate.WrongType(candidate.Path, "an object", candidate.element);
        return null;
    }

    /// <summary>Reports every key that appears more than once (JSON readers keep the last value silently).</summary>
    private void ReportDuplicateKeys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name) && reported.Add(property.Name))
            {
                Context.Report(StrictJsonProblem.DuplicateField, PathOf(property.Name), $"duplicate key '{property.Name}': each key may appear once in an object");
            }
        }
    }

    /// <summary>The message for a field no accessor asked for; <paramref name="allowed"/> are the known names in order.</summary>
    protected abstract string UnknownFieldMessage(string name, IReadOnlyList<string> allowed);

    /// <summary>Marks the field known and gets it when present (a JSON null counts as present).</summary>
    protected bool TryGetField(string name, out JsonElement value)
    {
        known.Add(name);
        return element.TryGetProperty(name, out value);
    }

    /// <summary>Reports the required field <paramref name="name"/> as missing.</summary>
    protected void Missing(string name) =>
        Context.Report(StrictJsonProblem.MissingField, PathOf(name), $"required field '{name}' is missing");

    /// <summary>Reports the required field <paramref name="name"/> as missing and returns <paramref name="placeholder"/>.</summary>
    protected T Missing<T>(string name, T placeholder)
    {
        Missing(name);
        return placeholder;
    }

    /// <summary>Reports "expected <paramref name="expected"/>, found …" at <paramref name="path"/>.</summary>
    protected void WrongType(string path, string expected, JsonElement value) =>
        Context.Report(StrictJsonProblem.WrongType, path, $"expected {expected}, found {JsonValueText.Describe(value, quote)}");

    /// <summary>The non-empty string <paramref name="value"/>; null (reported at <paramref name="path"/>) otherwise.</summary>
    protected string? NonEmptyText(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        WrongType(path, "a non-empty string", value);
        return null;
    }
}
