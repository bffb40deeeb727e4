using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Cosim.Export;

/// <summary>
/// One ngspice run of the spice level as a deck that runs by itself: the deck exactly as the level ran it (inputs
/// applied as <c>pwl(V(idx), …)</c> sources over the lanes, a DC sweep of <c>Vidx</c>), its includes kept relative to
/// its own folder, a <c>.save</c> of the stage outputs and a <c>.control</c> block that runs it and writes the outputs
/// (<c>wrdata</c>, full precision) and a raw file; beside it, the output voltages the level got, as CSV.
/// </summary>
internal static class ExportedDeck
{
    /// <summary>The deck text of <paramref name="run"/>, writing <paramref name="dataFile"/> and <paramref name="rawFile"/> (names in the deck's folder).</summary>
    /// <exception cref="InvalidOperationException">An include outside the design folder (an export would not be self-contained).</exception>
    public static string Text(SpiceRun run, string designRoot, string deckFolder, string dataFile, string rawFile)
    {
        var items = run.Deck.Items.Select(item => Relative(item, designRoot, deckFolder));
        var text = SpiceNetlistWriter.Write(new SpiceNetlist(run.Deck.Title, items));
        var vectors = string.Join(' ', Nodes(run).Select(n => $"v({n})"));
        var control = new StringBuilder();
        control.Append(".save ").Append(vectors).Append('\n');
        control.Append(".control\n");
        control.Append("set wr_singlescale\nset wr_vecnames\noption numdgt=17\n");
        control.Append("run\n");
        control.Append("wrdata ").Append(dataFile).Append(' ').Append(vectors).Append('\n');
        control.Append("write ").Append(rawFile).Append(' ').Append(vectors).Append('\n');
        // Without a .print line ngspice -b exits 1 after a control block; quit reports the run's success.
        control.Append("quit 0\n");
        control.Append(".endc\n");
        return text[..^".end\n".Length] + control + ".end\n";
    }

    /// <summary>The output voltages of the run's lanes, V: a header <c>lane,v(n)…</c> and one row per lane.</summary>
    public static string Expected(SpiceRun run)
    {
        var nodes = Nodes(run);
        var vectors = nodes.Select(n => run.Result[$"v({n})"].Values).ToList();
        var text = new StringBuilder("lane");
        foreach (var node in nodes)
        {
            text.Append(",v(").Append(node).Append(')');
        }

        text.Append('\n');
        for (var lane = 0; lane < run.Lanes; lane++)
        {
            text.Append(InvariantNumber.Format(lane));
            foreach (var vector in vectors)
            {
                text.Append(',').Append(InvariantNumber.Format(vector[lane]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The stage's output nets in the order the level reads them, lower case as ngspice names them.</summary>
    public static List<string> Nodes(SpiceRun run) => [.. run.Stage.OutputNodes.SelectMany(layer => layer).Select(n => n.ToLowerInvariant())];

    private static NetlistItem Relative(NetlistItem item, string designRoot, string deckFolder) => item switch
    {
        IncludeDirective include => include with { Path = RelativePath(include.Path, designRoot, deckFolder) },
        LibDirective lib => lib with { Path = RelativePath(lib.Path, designRoot, deckFolder) },
        SubcircuitDefinition subcircuit => subcircuit with { Items = [.. subcircuit.Items.Select(inner => Relative(inner, designRoot, deckFolder))] },
        _ => item,
    };

    /// <summary>
    /// A relative include stays as written (relative to the deck's folder, which the export mirrors); an absolute one
    /// inside the design folder becomes relative; one outside it cannot be exported.
    /// </summary>
    private static string RelativePath(string path, string designRoot, string deckFolder)
    {
        if (!Path.IsPathRooted(path))
        {
            return path;
        }

        var root = Path.GetFullPath(designRoot);
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the deck includes '{path}', outside the design folder {root}");
        }

        return Path.GetRelativePath(Path.Combine(root, deckFolder), full).Replace('\\', '/');
    }
}
