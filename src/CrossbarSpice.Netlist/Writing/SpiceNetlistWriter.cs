using System.Text;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>
/// Writes a <see cref="SpiceNetlist"/> as ngspice deck text: the title line, the items in order (subcircuit
/// bodies between <c>.subckt</c> and <c>.ends</c>), then <c>.end</c>. Output is deterministic and culture-invariant:
/// LF line endings, one trailing newline, round-trip numbers, no timestamps, one line per statement.
/// </summary>
public static class SpiceNetlistWriter
{
    /// <summary>The full deck text.</summary>
    /// <param name="netlist">The deck to write.</param>
    /// <exception cref="ArgumentException">A name, path or text cannot be written so that it reads back
    /// unchanged (white space or delimiters in a node name, a wrong element letter, a multi-line expression...).</exception>
    public static string Write(SpiceNetlist netlist)
    {
        ArgumentNullException.ThrowIfNull(netlist);
        var text = new StringBuilder();
        text.Append(netlist.Title).Append('\n');
        foreach (var item in netlist.Items)
        {
            WriteItem(text, item, insideSubcircuit: false);
        }

        text.Append(".end\n");
        return text.ToString();
    }

    /// <summary>The text of one item: one line, or several for a subcircuit; each line ends with LF.</summary>
    /// <param name="item">The item to write.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(SpiceNetlist)"/>.</exception>
    public static string WriteItem(NetlistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = new StringBuilder();
        WriteItem(text, item, insideSubcircuit: false);
        return text.ToString();
    }

    private static void WriteItem(StringBuilder text, NetlistItem item, bool insideSubcircuit)
    {
        switch (item)
        {
            case Element element:
                text.Append(ElementWriter.Write(element)).Append('\n');
                break;
            case AnalysisCommand analysis when insideSubcircuit:
                throw new ArgumentException($"cannot write {analysis.GetType().Name} inside a subcircuit");
            case AnalysisCommand analysis:
                text.Append(AnalysisWriter.Write(analysis)).Append('\n');
                break;
            case SubcircuitDefinition subcircuit:
                text.Append(DirectiveWriter.SubcircuitHeader(subcircuit)).Append('\n');
                foreach (var inner in subcircuit.Items)
                {
                    WriteItem(text, inner, insideSubcircuit: true);
                }

                text.Append(DirectiveWriter.SubcircuitEnd(subcircuit)).Append('\n');
                break;
            default:
                text.Append(DirectiveWriter.Write(item)).Append('\n');
                break;
        }
    }
}
