using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// CSV form of a <see cref="CharacterisedTransfer"/>: header <c>input,output_V</c> (1-D) or
/// <c>input,second_input_V,output_V</c> (2-D, inner axis fastest), invariant round-trip numbers, LF line ends.
/// </summary>
public static class CharacterisedTransferCsv
{
    /// <summary>The table as CSV text.</summary>
    public static string Format(CharacterisedTransfer table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder(table.IsTwoDimensional ? "input,second_input_V,output_V\n" : "input,output_V\n");
        var nx = table.Input.Count;
        for (var k = 0; k < table.Output.Count; k++)
        {
            text.Append(InvariantNumber.Format(table.Input[k % nx])).Append(',');
            if (table.SecondInput is { } y)
            {
                text.Append(InvariantNumber.Format(y[k / nx])).Append(',');
            }

            text.Append(InvariantNumber.Format(table.Output[k])).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a table written by <see cref="Format"/>.</summary>
    /// <exception cref="InputException">A malformed line or value (names the file and line).</exception>
    public static CharacterisedTransfer Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var records = CsvRows.ReadFile(path);
        if (records.Count < 3)
        {
            throw new InputException(new SourceLocation(path), "a characterised table needs a header and at least two rows");
        }

        var columns = records[0].Fields.Count;
        var rows = new List<double[]>();
        foreach (var record in records.Skip(1))
        {
            var cells = record.Fields;
            if (cells.Count != columns)
            {
                throw new InputException(new SourceLocation(path, record.Line), $"expected {columns} cells, found {cells.Count}");
            }

            rows.Add([.. cells.Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new InputException(new SourceLocation(path, record.Line), $"'{c}' is not a number"))]);
        }

        try
        {
            if (columns == 2)
            {
                return CharacterisedTransfer.OneDimensional([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])]);
            }

            var inner = rows.Select(r => r[0]).Distinct().ToList();
            var outer = rows.Select(r => r[1]).Distinct().ToList();
            return CharacterisedTransfer.TwoDimensional(inner, outer, [.. rows.Select(r => r[2])]);
        }
        catch (ArgumentException exception)
        {
            throw new InputException(new SourceLocation(path), exception.Message, exception);
        }
    }
}
