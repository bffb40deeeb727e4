using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Analysis.Tables;

/// <summary>
/// Writes a simulation result as an ngspice raw file in its ASCII form (what ngspice's <c>write</c> gives with
/// <c>set filetype=ascii</c>), so ngspice's <c>load</c>, waveform viewers and raw-file readers open the vectors the
/// in-process engine returned. The <c>Date:</c> line is left out (outputs carry no timestamps); numbers are round-trip
/// exact and culture-invariant.
/// </summary>
public static class SimulationRawWriter
{
    /// <summary>Writes <paramref name="result"/> of the deck titled <paramref name="title"/> to <paramref name="writer"/>.</summary>
    public static void Write(SimulationResult result, string title, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(writer);
        var vectors = result.Vectors;
        var points = result.Axis is null ? Math.Min(1, result.PointCount) : result.PointCount;
        var text = new StringBuilder();
        text.Append("Title: ").Append(title.ReplaceLineEndings(" ")).Append('\n');
        text.Append("Plotname: ").Append(PlotName(result.Analysis)).Append('\n');
        text.Append("Flags: real\n");
        text.Append("No. Variables: ").Append(InvariantNumber.Format(vectors.Count)).Append('\n');
        text.Append("No. Points: ").Append(InvariantNumber.Format(points)).Append('\n');
        text.Append("Variables:\n");
        for (var v = 0; v < vectors.Count; v++)
        {
            text.Append('\t').Append(InvariantNumber.Format(v)).Append('\t').Append(vectors[v].Name).Append('\t').Append(Type(vectors[v].Quantity)).Append('\n');
        }

        text.Append("Values:\n");
        for (var point = 0; point < points; point++)
        {
            text.Append(' ').Append(InvariantNumber.Format(point));
            foreach (var vector in vectors)
            {
                // An operating point is one point: the final value of each vector.
                var value = result.Axis is null ? vector.Final : vector.Values[point];
                text.Append('\t').Append(InvariantNumber.Format(value)).Append('\n');
            }

            text.Append('\n');
        }

        writer.Write(text.ToString());
    }

    private static string PlotName(string analysis) => analysis switch
    {
        "op" => "Operating Point",
        "dc" => "DC transfer characteristic",
        "tran" => "Transient Analysis",
        _ => analysis,
    };

    private static string Type(VectorQuantity quantity) => quantity switch
    {
        VectorQuantity.Time => "time",
        VectorQuantity.Current => "current",
        VectorQuantity.Voltage or VectorQuantity.Sweep => "voltage",
        _ => "notype",
    };
}
