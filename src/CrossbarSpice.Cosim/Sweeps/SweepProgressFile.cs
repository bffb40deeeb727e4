using System.Globalization;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Runs;
using CsvHelper;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// <c>progress.csv</c> of a run folder: one row per finished work unit (unit, series, value, seed, correct, samples),
/// appended and flushed to disk as each unit finishes, so an interrupt loses at most the unit being computed. An
/// interrupted last line is dropped on reopening; a row that does not match the spec's unit is an error. When a run
/// is complete the file is rewritten in unit order, so it is the same bytes however the work was split or resumed.
/// </summary>
public sealed class SweepProgressFile
{
    /// <summary>File name inside a run folder.</summary>
    public const string FileName = "progress.csv";

    private static readonly string[] Header = ["unit", "series", "value", "seed", "correct", "samples"];
    private readonly string path;
    private readonly IReadOnlyList<SweepUnit> units;

    /// <summary>The progress file of <paramref name="folder"/> for the units of <paramref name="spec"/>.</summary>
    public SweepProgressFile(string folder, SweepSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        path = System.IO.Path.Combine(folder, FileName);
        units = spec.Units();
    }

    /// <summary>Full path of the file.</summary>
    public string Path => path;

    /// <summary>The finished units, by unit index (none when the file does not exist); drops an unfinished last line.</summary>
    /// <exception cref="InputException">Malformed, or a row that is not a unit of this spec.</exception>
    public SortedDictionary<int, SweepUnitResult> ReadExisting()
    {
        var results = new SortedDictionary<int, SweepUnitResult>();
        var text = CompleteLines.Read(path);
        if (text.Length == 0)
        {
            return results;
        }

        using var reader = new CsvReader(new StringReader(text), CsvDialect.Table);
        reader.Read();
        reader.ReadHeader();
        if (!(reader.HeaderRecord ?? []).SequenceEqual(Header))
        {
            throw new InputException(new SourceLocation(path, 1), $"expected the header {string.Join(',', Header)}");
        }

        while (reader.Read())
        {
            var result = Parse(reader);
            results[result.Unit.Index] = result;
        }

        return results;
    }

    /// <summary>
    /// Appends <paramref name="result"/> and flushes it to disk (writing the header first when the file is new). A row
    /// that cannot be written whole (a full disk) is cut off again, so the file keeps whole rows only.
    /// </summary>
    /// <exception cref="InputException">The row cannot be written (names the file).</exception>
    public void Append(SweepUnitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        DurableAppend.Write(path, Csv([result], withHeader: isNew), "progress file");
    }

    /// <summary>Rewrites the file atomically with <paramref name="results"/> in unit order.</summary>
    public void Rewrite(IEnumerable<SweepUnitResult> results) =>
        AtomicOutput.WriteText(path, Text(results.OrderBy(r => r.Unit.Index)));

    /// <summary>The file's text (header and one row per result, in the order given).</summary>
    public static string Text(IEnumerable<SweepUnitResult> results) => Csv(results, withHeader: true);

    private static string Csv(IEnumerable<SweepUnitResult> results, bool withHeader)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new CsvWriter(text, CsvDialect.Table, leaveOpen: true))
        {
            if (withHeader)
            {
                CsvTable.WriteRecord(writer, Header);
            }

            foreach (var result in results)
            {
                writer.WriteField(InvariantNumber.Format(result.Unit.Index));
                writer.WriteField(result.Unit.Series);
                writer.WriteField(InvariantNumber.Format(result.Unit.Value));
                writer.WriteField(result.Unit.Seed.ToString(CultureInfo.InvariantCulture));
                writer.WriteField(InvariantNumber.Format(result.Correct));
                writer.WriteField(InvariantNumber.Format(result.Samples));
                writer.NextRecord();
            }
        }

        return text.ToString();
    }

    private SweepUnitResult Parse(CsvReader reader)
    {
        var row = reader.Parser.Row;
        if (!int.TryParse(reader.GetField(0), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= units.Count)
        {
            throw new InputException(new SourceLocation(path, row, Field: "unit"), $"'{reader.GetField(0)}' is not a unit of this sweep (0 … {units.Count - 1})");
        }

        var unit = units[index];
        var matches = reader.GetField(1) == unit.Series
            && InvariantNumber.TryParse(reader.GetField(2) ?? string.Empty, out var value) && value.Equals(unit.Value)
            && long.TryParse(reader.GetField(3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) && seed == unit.Seed;
        if (!matches)
        {
            throw new InputException(new SourceLocation(path, row), $"row of unit {index} does not match this sweep's unit {index} ({unit.Series}, {InvariantNumber.Format(unit.Value)}, seed {unit.Seed}); the folder holds another sweep");
        }

        if (!int.TryParse(reader.GetField(4), NumberStyles.None, CultureInfo.InvariantCulture, out var correct)
            || !int.TryParse(reader.GetField(5), NumberStyles.None, CultureInfo.InvariantCulture, out var samples)
            || correct > samples)
        {
            throw new InputException(new SourceLocation(path, row, Field: "correct"), "correct and samples must be whole numbers with correct ≤ samples");
        }

        return new SweepUnitResult(unit, correct, samples);
    }
}
