using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist;

/// <summary>
/// An immutable SPICE deck: a title line and top-level statements in order. Write it with
/// <see cref="Writing.SpiceNetlistWriter"/>, read one with <see cref="Reading.SpiceNetlistReader"/>.
/// </summary>
public sealed class SpiceNetlist
{
    /// <summary>Creates a deck.</summary>
    /// <param name="title">First line of the deck (SPICE ignores it as a statement); one line.</param>
    /// <param name="items">Top-level statements in order; copied.</param>
    /// <param name="sourcePath">File the deck was read from, or null; never written.</param>
    /// <exception cref="ArgumentException">The title spans several lines or an item is null.</exception>
    public SpiceNetlist(string title, IEnumerable<NetlistItem> items, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(items);
        if (title.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("the title must be a single line", nameof(title));
        }

        var list = EquatableList<NetlistItem>.From(items);
        if (list.Any(item => item is null))
        {
            throw new ArgumentException("items must not contain null", nameof(items));
        }

        Title = title;
        Items = list;
        SourcePath = sourcePath;
    }

    /// <summary>First line of the deck.</summary>
    public string Title { get; }

    /// <summary>Top-level statements in order (subcircuit bodies are inside their <see cref="SubcircuitDefinition"/>).</summary>
    public IReadOnlyList<NetlistItem> Items { get; }

    /// <summary>File the deck was read from, or null for a deck built in code.</summary>
    public string? SourcePath { get; }

    /// <summary>The top-level analysis commands in order.</summary>
    public IEnumerable<AnalysisCommand> Analyses => Items.OfType<AnalysisCommand>();

    /// <summary>A copy with every top-level analysis removed and <paramref name="analyses"/> appended at the end.</summary>
    /// <param name="analyses">The analyses to run, in order.</param>
    public SpiceNetlist WithAnalyses(IEnumerable<AnalysisCommand> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var items = Items.Where(item => item is not AnalysisCommand).Concat(analyses);
        return new SpiceNetlist(Title, items, SourcePath);
    }

    /// <summary>
    /// A copy whose relative <c>.include</c> and <c>.lib</c> paths (also inside subcircuits) are made absolute
    /// against <paramref name="baseDirectory"/>, so the deck can be written or run from any other directory.
    /// </summary>
    /// <param name="baseDirectory">Directory the relative paths are relative to, usually the deck's own.</param>
    public SpiceNetlist WithIncludesResolved(string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var root = Path.GetFullPath(baseDirectory);
        return new SpiceNetlist(Title, Items.Select(item => Resolve(item, root)), SourcePath);
    }

    /// <summary>Title and item count, for debugging.</summary>
    public override string ToString() => $"SpiceNetlist '{Title}' ({Items.Count} items)";

    private static NetlistItem Resolve(NetlistItem item, string root) => item switch
    {
        IncludeDirective include => include with { Path = Absolute(include.Path, root) },
        LibDirective lib => lib with { Path = Absolute(lib.Path, root) },
        SubcircuitDefinition subcircuit => subcircuit with { Items = [.. subcircuit.Items.Select(inner => Resolve(inner, root))] },
        _ => item,
    };

    private static string Absolute(string path, string root) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));
}
