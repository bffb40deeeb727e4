using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The network inputs the crossbar read energies are averaged over, and a sentence saying which: the samples of a
/// cosim run (<c>samples.csv</c>; the split whose labels match the run's, test first), else the first N Fashion-MNIST
/// test images for a 784-input network, else every input at 0.5 units (the mean of a uniform [0, 1] input).
/// </summary>
public static class RepresentativeInputs
{
    /// <summary>Element value of the mean-input default, network units.</summary>
    public const double MeanInput = 0.5;

    /// <summary>Inputs of the samples of the cosim run in <paramref name="runFolder"/>.</summary>
    /// <exception cref="InputException">No samples.csv, a malformed one, or labels matching neither Fashion-MNIST split.</exception>
    public static (IReadOnlyList<double[]> Inputs, string Basis) FromRun(string runFolder, int inputLength, string? dataFolder)
    {
        var path = Path.Combine(runFolder, "samples.csv");
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "no samples.csv in the run folder (a folder written by cosim is expected)");
        }

        var samples = new List<(int Index, int Label)>();
        var rows = Core.Formatting.CsvRows.ReadFile(path);
        if (rows.Count == 0 || rows[0].Fields is not ["sample", "label", ..])
        {
            throw new InputException(new SourceLocation(path, Line: 1), "expected a header starting with 'sample,label'");
        }

        foreach (var row in rows.Skip(1))
        {
            var cells = row.Fields;
            if (cells.Count < 2 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var label))
            {
                throw new InputException(new SourceLocation(path, Line: row.Line), "expected a sample index and a label");
            }

            samples.Add((index, label));
        }

        if (samples.Count == 0)
        {
            throw new InputException(new SourceLocation(path), "the run has no finished samples");
        }

        foreach (var split in new[] { DatasetSplit.Test, DatasetSplit.Train })
        {
            var data = FashionMnist.Load(split, dataFolder);
            if (data.PixelsPerImage == inputLength && samples.All(s => s.Index < data.Count && data.Label(s.Index) == s.Label))
            {
                return ([.. samples.Select(s => data.Pixels(s.Index))],
                    string.Create(CultureInfo.InvariantCulture, $"the {samples.Count} sample(s) of run {runFolder} (Fashion-MNIST {split.ToString().ToLowerInvariant()} split, labels checked)"));
            }
        }

        throw new InputException(new SourceLocation(path), "the run's samples match neither Fashion-MNIST split of this network's input size");
    }

    /// <summary>The default inputs: the first <paramref name="samples"/> Fashion-MNIST test images when the network takes
    /// 784 values, else one input with every element at <see cref="MeanInput"/>.</summary>
    public static (IReadOnlyList<double[]> Inputs, string Basis) Default(int samples, int inputLength, string? dataFolder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (inputLength == 28 * 28)
        {
            var data = FashionMnist.Load(DatasetSplit.Test, dataFolder);
            var count = Math.Min(samples, data.Count);
            return ([.. Enumerable.Range(0, count).Select(data.Pixels)],
                string.Create(CultureInfo.InvariantCulture, $"the first {count} Fashion-MNIST test image(s) through the design"));
        }

        var mean = Enumerable.Repeat(MeanInput, inputLength).ToArray();
        return ([mean], string.Create(CultureInfo.InvariantCulture, $"every input at {MeanInput} units (mean of a uniform [0, 1] input; not an image network)"));
    }
}
