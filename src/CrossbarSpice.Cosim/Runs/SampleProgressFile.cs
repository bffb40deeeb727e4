using System.Globalization;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CsvHelper;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The resumable record of a run, <c>samples.csv</c> in the output folder: one row per finished sample (index, label,
/// predicted class per level, per layer and level pair the mean and max |Δ| in volts, per level the final layer's
/// outputs in network units, exact to the bit: the volts are computed from them), appended and flushed batch by
/// batch. An interrupted last line is dropped on reopening; a header that differs (other levels or design) is an error.
/// </summary>
internal sealed class SampleProgressFile
{
    /// <summary>File name inside the output folder.</summary>
    public const string FileName = "samples.csv";

    private readonly string path;
    private readonly IReadOnlyList<string> header;
    private readonly int levels;
    private readonly int layers;
    private readonly int pairs;
    private readonly int outputs;
    private readonly double voltsPerUnit;

    /// <summary>Describes the file for <paramref name="levelNames"/>, <paramref name="layerNames"/> and a final layer of <paramref name="outputCount"/> values at <paramref name="voltsPerUnit"/> V per unit.</summary>
    public SampleProgressFile(string directory, IReadOnlyList<string> levelNames, IReadOnlyList<string> layerNames, int outputCount, double voltsPerUnit)
    {
        outputs = outputCount;
        this.voltsPerUnit = voltsPerUnit;
        path = Path.Combine(directory, FileName);
        levels = levelNames.Count;
        layers = layerNames.Count;
        pairs = Math.Max(0, levels - 1);
        var columns = new List<string> { "sample", "label" };
        columns.AddRange(levelNames.Select(l => $"predicted_{l}"));
        for (var layer = 0; layer < layers; layer++)
        {
            for (var pair = 0; pair < pairs; pair++)
            {
                var name = $"{layerNames[layer]}|{levelNames[pair]}-{levelNames[pair + 1]}";
                columns.Add($"{name}|mean_abs_V");
                columns.Add($"{name}|max_abs_V");
            }
        }

        for (var level = 0; level < levels; level++)
        {
            for (var j = 0; j < outputs; j++)
            {
                columns.Add($"output|{levelNames[level]}|{j}");
            }
        }

        header = columns;
    }

    /// <summary>Reads the finished samples (none when the file does not exist); drops an unfinished last line.</summary>
    /// <exception cref="InputException">The file belongs to a run with other arguments, or is malformed.</exception>
    public List<SampleRecord> ReadExisting()
    {
        var records = new List<SampleRecord>();
        var text = CompleteLines.Read(path);
        if (text.Length == 0)
        {
            return records;
        }

        using var reader = new CsvReader(new StringReader(text), CsvTable.Configuration);
        reader.Read();
        reader.ReadHeader();
        if (!(reader.HeaderRecord ?? []).SequenceEqual(header))
        {
            if ((reader.HeaderRecord ?? []).Any(c => c.StartsWith("output|", StringComparison.Ordinal) && c.EndsWith("|V", StringComparison.Ordinal)))
            {
                throw new InputException(new SourceLocation(path, Field: nameof(CosimRequest.OutDirectory)), "this output folder holds a run of an earlier version (final-layer outputs in volts, now kept in network units); use another output folder or delete this one");
            }

            throw new InputException(new SourceLocation(path, Field: nameof(CosimRequest.OutDirectory)), "this output folder holds a run with other levels or another network; use another output folder or delete this one");
        }

        while (reader.Read())
        {
            records.Add(Parse(reader));
        }

        return records;
    }

    /// <summary>Appends <paramref name="batch"/> and flushes it to disk (writing the header first when the file is new);
    /// a batch that cannot be written whole (a full disk) is cut off again (<see cref="DurableAppend"/>).</summary>
    public void Append(IEnumerable<SampleRecord> batch)
    {
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new CsvWriter(text, CsvTable.Configuration, leaveOpen: true))
        {
            if (isNew)
            {
                CsvTable.WriteRecord(writer, header);
            }

            foreach (var record in batch)
            {
                Write(writer, record);
            }
        }

        DurableAppend.Write(path, text.ToString(), "progress file");
    }

    /// <summary>The outputs <paramref name="units"/> in volts: each × <paramref name="voltsPerUnit"/>.</summary>
    public static double[,] Volts(double[,] units, double voltsPerUnit)
    {
        var volts = new double[units.GetLength(0), units.GetLength(1)];
        for (var level = 0; level < units.GetLength(0); level++)
        {
            for (var j = 0; j < units.GetLength(1); j++)
            {
                volts[level, j] = units[level, j] * voltsPerUnit;
            }
        }

        return volts;
    }

    private void Write(CsvWriter writer, SampleRecord record)
    {
        writer.WriteField(record.Index.ToString(CultureInfo.InvariantCulture));
        writer.WriteField(record.Label.ToString(CultureInfo.InvariantCulture));
        foreach (var predicted in record.Predicted)
        {
            writer.WriteField(predicted.ToString(CultureInfo.InvariantCulture));
        }

        for (var layer = 0; layer < layers; layer++)
        {
            for (var pair = 0; pair < pairs; pair++)
            {
                writer.WriteField(CosimCsv.Number(record.MeanAbsDeltaVolts[layer, pair]));
                writer.WriteField(CosimCsv.Number(record.MaxAbsDeltaVolts[layer, pair]));
            }
        }

        for (var level = 0; level < levels; level++)
        {
            for (var j = 0; j < outputs; j++)
            {
                writer.WriteField(CosimCsv.Number(record.Outputs[level, j]));
            }
        }

        writer.NextRecord();
    }

    private SampleRecord Parse(CsvReader reader)
    {
        try
        {
            var field = 0;
            var index = int.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
            var label = int.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
            var predicted = new int[levels];
            for (var l = 0; l < levels; l++)
            {
                predicted[l] = int.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
            }

            var mean = new double[layers, pairs];
            var max = new double[layers, pairs];
            for (var layer = 0; layer < layers; layer++)
            {
                for (var pair = 0; pair < pairs; pair++)
                {
                    mean[layer, pair] = double.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
                    max[layer, pair] = double.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
                }
            }

            var units = new double[levels, outputs];
            for (var level = 0; level < levels; level++)
            {
                for (var j = 0; j < outputs; j++)
                {
                    units[level, j] = double.Parse(reader.GetField(field++)!, CultureInfo.InvariantCulture);
                }
            }

            return new SampleRecord(index, label, predicted, mean, max, Volts(units, voltsPerUnit), units);
        }
        catch (FormatException exception)
        {
            throw new InputException(new SourceLocation(path, reader.Parser.Row), exception.Message, exception);
        }
    }
}
