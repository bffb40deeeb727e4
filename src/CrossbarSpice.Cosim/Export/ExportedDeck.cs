using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Cosim.Levels.Staged;

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
    public static string Text(SpiceRun run, string designRoot, string deckFolder, string dataFile, string rawFile) =>
        PortableDeck.WithControl(PortableDeck.Relocated(run.Deck, designRoot, deckFolder, deckFolder, string.Empty), [.. Nodes(run).Select(n => $"v({n})")], dataFile, rawFile);

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
}
