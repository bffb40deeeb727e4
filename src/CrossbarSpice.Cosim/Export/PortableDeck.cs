using System.Text;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Cosim.Export;

/// <summary>
/// Turns a deck of a design into one that runs by itself under a plain <c>ngspice -b</c> in a folder handed on: its
/// includes relative to where it is written, pointing at a copy of the design's circuit files
/// (<see cref="CopyCircuitFiles"/>), and a <c>.save</c> plus a <c>.control</c> block that runs it and writes the saved
/// vectors (<c>wrdata</c>, 17 digits) and a raw file. Used by export-decks and lstm-transient.
/// </summary>
public static class PortableDeck
{
    /// <summary>
    /// <paramref name="deck"/> (a deck of the folder <paramref name="deckFolder"/> of the design in
    /// <paramref name="designRoot"/>) with every include rewritten for a copy written into <paramref name="newDeckFolder"/>
    /// of an output folder that holds the design's circuit files under <paramref name="libraryFolder"/>; all three
    /// folders relative, "" for the top.
    /// </summary>
    /// <exception cref="InvalidOperationException">An absolute include outside the design folder.</exception>
    public static SpiceNetlist Relocated(SpiceNetlist deck, string designRoot, string deckFolder, string newDeckFolder, string libraryFolder)
    {
        ArgumentNullException.ThrowIfNull(deck);
        var root = Path.GetFullPath(designRoot);
        string Move(string path)
        {
            var inDesign = Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetFullPath(Path.Combine(root, deckFolder, path));
            if (!inDesign.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the deck includes '{path}', outside the design folder {root}");
            }

            // Both ends under one imaginary output root, so only the relative layout matters.
            var output = Path.Combine(Path.GetTempPath(), "portable-deck");
            var target = Path.Combine(output, libraryFolder, Path.GetRelativePath(root, inDesign));
            return Path.GetRelativePath(Path.Combine(output, newDeckFolder), target).Replace('\\', '/');
        }

        NetlistItem Relocate(NetlistItem item) => item switch
        {
            IncludeDirective include => include with { Path = Move(include.Path) },
            LibDirective lib => lib with { Path = Move(lib.Path) },
            SubcircuitDefinition subcircuit => subcircuit with { Items = [.. subcircuit.Items.Select(Relocate)] },
            _ => item,
        };

        return new SpiceNetlist(deck.Title, deck.Items.Select(Relocate));
    }

    /// <summary>
    /// The text of <paramref name="deck"/> with a <c>.save</c> of <paramref name="vectors"/> (e.g. <c>v(out0)</c>) and a
    /// <c>.control</c> block that runs its analysis, writes them to <paramref name="dataFile"/> (<c>wrdata</c>: the
    /// scale, then the vectors in order, 17 digits, a header line) and <paramref name="rawFile"/>, and quits.
    /// </summary>
    public static string WithControl(SpiceNetlist deck, IReadOnlyList<string> vectors, string dataFile, string rawFile)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var text = SpiceNetlistWriter.Write(deck);
        var list = string.Join(' ', vectors);
        var control = new StringBuilder();
        control.Append(".save ").Append(list).Append('\n');
        control.Append(".control\n");
        control.Append("set wr_singlescale\nset wr_vecnames\noption numdgt=17\n");
        control.Append("run\n");
        control.Append("wrdata ").Append(dataFile).Append(' ').Append(list).Append('\n');
        control.Append("write ").Append(rawFile).Append(' ').Append(list).Append('\n');
        // Without a .print line ngspice -b exits 1 after a control block; quit reports the run's success.
        control.Append("quit 0\n");
        control.Append(".endc\n");
        return text[..^".end\n".Length] + control + ".end\n";
    }

    /// <summary>
    /// Copies the design's circuit files (decks, subcircuits, the periphery library and model cards) into
    /// <paramref name="target"/> with their relative paths, so every relative include finds its file; the conductance
    /// plan, the network copy, the manifest and provenance stay behind. Returns how many files were copied.
    /// </summary>
    public static int CopyCircuitFiles(string designRoot, string target)
    {
        var root = Path.GetFullPath(designRoot);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "plan" or "network" or "manifest.json" or Runs.Provenance.FileName)
            {
                continue;
            }

            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            count++;
        }

        return count;
    }
}
