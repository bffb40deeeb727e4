using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Analysis.Tables;

/// <summary>
/// Writes a simulation result as CSV. An operating point becomes a two-column table (<c>vector,value</c>), one
/// row per vector; a sweep or transient becomes a wide table, one column per vector and one row per point,
/// the axis first. Numbers are round-trip exact and culture-invariant.
/// </summary>
public static class SimulationCsvWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var csv = CsvTable.CreateWriter(writer);
        if (result.Axis is null)
        {
            csv.WriteField("vector");
            csv.WriteField("value");
            csv.NextRecord();
            foreach (var vector in result.Vectors)
            {
                csv.WriteField(vector.Name);
                csv.WriteField(InvariantNumber.Format(vector.Final));
                csv.NextRecord();
            }

            return;
        }

        foreach (var vector in result.Vectors)
        {
            csv.WriteField(vector.Name);
        }

        csv.NextRecord();
        for (var point = 0; point < result.PointCount; point++)
        {
            foreach (var vector in result.Vectors)
            {
                csv.WriteField(InvariantNumber.Format(vector.Values[point]));
            }

            csv.NextRecord();
        }
    }
}
