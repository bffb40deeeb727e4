using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Reads one matrix from a CSV file in the project's dialect (comma-separated, invariant culture, no header row):
/// one matrix row per line, every line the same number of cells, every cell a number (<c>1.5</c>, <c>-2e-3</c>;
/// <c>NaN</c>/<c>Infinity</c> parse and are reported by validation). Errors name the file, line and cell (column).
/// </summary>
public static class CsvMatrixReader
{
    /// <summary>
    /// CsvHelper settings: the dialect of the project's CSV tables (invariant culture, comma) without a header record.
    /// The project writes LF; reading also accepts CRLF (files saved by spreadsheet programs), so no NewLine is pinned.
    /// </summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.Trim,
    };

    /// <summary>Reads the file as a [rows, columns] tensor named <paramref name="tensorName"/>.</summary>
    /// <exception cref="InputException">The file cannot be read, is empty, non-rectangular or has a non-numeric cell.</exception>
    public static Tensor Read(string path, string tensorName)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path, tensorName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path, Field: tensorName), $"cannot read the file: {exception.Message}", exception);
        }
    }

    /// <summary>Reads CSV text as a [rows, columns] tensor.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">File name used in errors.</param>
    /// <param name="tensorName">Name of the tensor (and field named in errors).</param>
    /// <exception cref="InputException">Empty, non-rectangular or a non-numeric cell.</exception>
    public static Tensor Read(TextReader reader, string file, string tensorName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new List<double>();
        var columns = -1;
        var rows = 0;
        var firstLine = 0;
        using var parser = new CsvParser(reader, Configuration, leaveOpen: true);
        try
        {
            while (parser.Read())
            {
                var line = parser.RawRow;
                var record = parser.Record ?? [];
                if (columns < 0)
                {
                    columns = record.Length;
                    firstLine = line;
                }
                else if (record.Length != columns)
                {
                    throw new InputException(
                        new SourceLocation(file, line, Field: tensorName),
                        $"row has {record.Length} cells, but line {firstLine} has {columns}; a matrix must be rectangular");
                }

                for (var column = 0; column < record.Length; column++)
                {
                    values.Add(ParseCell(record[column], new SourceLocation(file, line, column + 1, tensorName)));
                }

                rows++;
            }
        }
        catch (CsvHelperException exception)
        {
            var line = exception.Context?.Parser?.RawRow;
            throw new InputException(new SourceLocation(file, line, Field: tensorName), $"malformed CSV: {exception.Message.Split('\n')[0]}", exception);
        }

        if (rows == 0)
        {
            throw new InputException(new SourceLocation(file, Field: tensorName), "the file holds no matrix rows");
        }

        return new Tensor(tensorName, new TensorShape(rows, columns), values.ToArray());
    }

    private static double ParseCell(string cell, SourceLocation location)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            throw new InputException(location, $"cell {location.Column} is empty; every cell must hold a number");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InputException(location, $"cell {location.Column} is '{Shorten(text)}', not a number (CSV matrices have no header row)");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
