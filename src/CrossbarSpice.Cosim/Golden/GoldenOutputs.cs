using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>
/// <c>outputs.csv</c> of a golden case: per level, sample and output index, the final layer's output in volts (at the
/// design's output scale) and the predicted class. Written with round-trip numbers, LF.
/// </summary>
public sealed record GoldenOutputs(IReadOnlyList<GoldenOutput> Rows)
{
    /// <summary>The CSV text.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder("level,sample,output,volts,predicted\n");
        foreach (var row in Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Level},{row.Sample},{row.Output},{InvariantNumber.Format(row.Volts)},{row.Predicted}\n");
        }

        return text.ToString();
    }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing file or a malformed line (named by number).</exception>
    public static GoldenOutputs Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "no golden outputs; record them with ./crossbar golden update");
        }

        var records = CsvRows.ReadFile(path);
        if (records.Count == 0 || records[0].Fields is not ["level", "sample", "output", "volts", "predicted"])
        {
            throw new InputException(new SourceLocation(path, Line: 1), "expected the header level,sample,output,volts,predicted");
        }

        var rows = new List<GoldenOutput>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            var cells = record.Fields;
            if (cells.Count != 5
                || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sample)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var output)
                || !InvariantNumber.TryParse(cells[3], out var volts)
                || !int.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var predicted))
            {
                throw new InputException(new SourceLocation(path, Line: record.Line), "expected level,sample,output,volts,predicted with integer sample, output and class and a number of volts");
            }

            rows.Add(new GoldenOutput(cells[0], sample, output, volts, predicted));
        }

        return new GoldenOutputs(rows);
    }
}

/// <summary>One output of one sample at one level.</summary>
/// <param name="Level">Level name.</param>
/// <param name="Sample">Test image index.</param>
/// <param name="Output">Output index of the final layer.</param>
/// <param name="Volts">Its value, V.</param>
/// <param name="Predicted">The sample's predicted class at this level.</param>
public sealed record GoldenOutput(string Level, int Sample, int Output, double Volts, int Predicted);
