using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// Walks the <c>.include</c> and <c>.lib</c> files a deck pulls in, the way ngspice will, before ngspice reads them:
/// ngspice follows includes recursively without a limit, so a file that includes itself (directly or through a loop)
/// overflows its stack and kills the process. Included files are scanned leniently (they may hold any ngspice syntax):
/// only their include lines are read. Missing or unreadable files are left for ngspice to report.
/// </summary>
public static class IncludeTree
{
    /// <summary>Deepest include nesting accepted (the deck itself is depth 0).</summary>
    public const int MaxDepth = 32;

    /// <summary>Checks the include tree of <paramref name="netlist"/>.</summary>
    /// <param name="netlist">The deck; its relative include paths are relative to <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">Directory the deck's relative paths are relative to.</param>
    /// <exception cref="InputException">An include loop (naming the chain <c>a.cir → b.inc → a.cir</c>) or nesting
    /// deeper than <see cref="MaxDepth"/>; the location is the file and line of the include that closes it.</exception>
    public static void Check(SpiceNetlist netlist, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(netlist);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var root = Path.GetFullPath(baseDirectory);
        var deck = netlist.SourcePath is { } source ? Path.GetFullPath(source) : "(netlist)";
        var chain = new List<Node> { new(deck, null) };
        foreach (var reference in TopLevel(netlist.Items, root))
        {
            Follow(reference, deck, null, chain);
        }
    }

    private static IEnumerable<Reference> TopLevel(IEnumerable<NetlistItem> items, string root)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case IncludeDirective include:
                    yield return new Reference(Absolute(include.Path, root), null, null);
                    break;
                case LibDirective lib:
                    yield return new Reference(Absolute(lib.Path, root), lib.Section, null);
                    break;
                case SubcircuitDefinition subcircuit:
                    foreach (var inner in TopLevel(subcircuit.Items, root))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static void Follow(Reference reference, string from, int? line, List<Node> chain)
    {
        var node = new Node(reference.Path, reference.Section?.ToLowerInvariant());
        var location = new SourceLocation(from, line ?? reference.Line);
        if (chain.Contains(node))
        {
            throw new InputException(location, $"include loop: {Describe(chain.Append(node))}");
        }

        if (chain.Count > MaxDepth)
        {
            throw new InputException(location, $"includes nest deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} files: {Describe(chain.Append(node))}");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(reference.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return;
        }

        chain.Add(node);
        var directory = Path.GetDirectoryName(reference.Path) ?? Path.GetPathRoot(reference.Path)!;
        foreach (var inner in Scan(lines, directory, node.Section))
        {
            Follow(inner, reference.Path, inner.Line, chain);
        }

        chain.RemoveAt(chain.Count - 1);
    }

    /// <summary>The include lines of a file (only those of section <paramref name="section"/> for a library).</summary>
    private static IEnumerable<Reference> Scan(string[] lines, string directory, string? section)
    {
        var inSection = section is null;
        for (var i = 0; i < lines.Length; i++)
        {
            var words = Words(lines[i]);
            if (words.Count == 0)
            {
                continue;
            }

            var keyword = words[0].ToLowerInvariant();
            if (keyword == ".lib" && words.Count == 2 && section is not null)
            {
                inSection = words[1].Equals(section, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (keyword == ".endl")
            {
                inSection = section is null;
                continue;
            }

            if (!inSection || words.Count < 2)
            {
                continue;
            }

            if (keyword is ".include" or ".inc")
            {
                yield return new Reference(Absolute(words[1], directory), null, i + 1);
            }
            else if (keyword == ".lib" && words.Count >= 3)
            {
                yield return new Reference(Absolute(words[1], directory), words[2], i + 1);
            }
        }
    }

    /// <summary>White-space separated words of a line, quotes removed from a quoted word.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var i = 0;
        while (i < line.Length && words.Count < 3)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            if (line[i] is '"' or '\'')
            {
                var close = line.IndexOf(line[i], i + 1);
                var end = close < 0 ? line.Length : close;
                words.Add(line[(i + 1)..end]);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            words.Add(line[start..i]);
        }

        return words;
    }

    private static string Absolute(string path, string directory)
    {
        try
        {
            return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(directory, path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static string Describe(IEnumerable<Node> chain) =>
        string.Join(" → ", chain.Select(node => node.Section is null ? node.Path : $"{node.Path} (section {node.Section})"));

    private readonly record struct Node(string Path, string? Section);

    private readonly record struct Reference(string Path, string? Section, int? Line);
}
