using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Weights;
using CsvHelper;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A data set as CSV (comma-separated, invariant culture, read with CsvHelper): one sample per line, the integer label
/// first, then the features in network units (<c>3,0.25,0.5,…</c>); every line the same number of cells. A first line
/// with no numeric cell at all is a header and skipped (<c>label,x0,x1,…</c>). Errors name the file and line (and the
/// cell's column).
/// </summary>
public static class CsvDataSet
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Unreadable, empty, ragged rows (line number), a non-numeric cell, a label that is
    /// not an integer ≥ 0, a non-finite feature.</exception>
    public static LabelledSamples Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read the file: {exception.Message}", exception);
        }
    }

    /// <summary>Reads CSV text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="InputException">As for <see cref="Read(string)"/>.</exception>
    public static LabelledSamples Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var features = new List<double>();
        var labels = new List<int>();
        var columns = -1;
        var firstLine = 0;
        var first = true;
        using var parser = new CsvParser(reader, CsvMatrixReader.Configuration, leaveOpen: true);
        try
        {
            while (parser.Read())
            {
                var line = parser.RawRow;
                var record = parser.Record ?? [];
                if (first)
                {
                    first = false;
                    if (record.All(cell => !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                    {
                        continue;
                    }
                }

                if (columns < 0)
                {
                    if (record.Length < 2)
                    {
                        throw new InputException(new SourceLocation(file, line), $"a row has {record.Length} cell(s); expected the label, then at least one feature");
                    }

                    columns = record.Length;
                    firstLine = line;
                }
                else if (record.Length != columns)
                {
                    throw new InputException(new SourceLocation(file, line), $"row has {record.Length} cells, but line {firstLine} has {columns}; every sample needs the label and the same number of features");
                }

                labels.Add(ParseLabel(record[0], new SourceLocation(file, line, 1, "label")));
                for (var column = 1; column < record.Length; column++)
                {
                    features.Add(ParseFeature(record[column], new SourceLocation(file, line, column + 1)));
                }
            }
        }
        catch (CsvHelperException exception)
        {
            throw new InputException(new SourceLocation(file, exception.Context?.Parser?.RawRow), $"malformed CSV: {exception.Message.Split('\n')[0]}", exception);
        }

        if (labels.Count == 0)
        {
            throw new InputException(new SourceLocation(file), "the file holds no samples (one line per sample: label, then features)");
        }

        return LabelledSamples.FromValues(Path.GetFileName(file), file, file, [columns - 1], [.. features], [.. labels]);
    }

    private static int ParseLabel(string cell, SourceLocation location)
    {
        var text = cell.Trim();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var label) && label >= 0
            ? label
            : throw new InputException(location, $"label '{Shorten(text)}' is not a class index 0, 1, … (the first cell of a row is the label)");
    }

    private static double ParseFeature(string cell, SourceLocation location)
    {
        var text = cell.Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InputException(location, text.Length == 0 ? $"cell {location.Column} is empty; every feature must be a number" : $"cell {location.Column} is '{Shorten(text)}', not a number");
        }

        return double.IsFinite(value) ? value : throw new InputException(location, $"cell {location.Column} is {text}; features must be finite");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
