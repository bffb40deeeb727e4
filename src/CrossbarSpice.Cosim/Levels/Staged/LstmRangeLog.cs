using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Stages;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// Per LSTM cell of a staged level, the smallest and largest pre-activation of each gate (i, f, g, o) and of the cell
/// state c seen during a run, against the range its circuit was characterised over (<see cref="LstmCellScales"/>:
/// the gate tables and the multiplier / tanh(c) tables). Thread-safe.
/// </summary>
internal sealed class LstmRangeLog
{
    /// <summary>Signal names, in column order of a cell's entries.</summary>
    public static readonly IReadOnlyList<string> Signals = ["i", "f", "g", "o", "c"];

    private readonly SortedDictionary<string, Entry[]> cells = new(StringComparer.Ordinal);

    /// <summary>True until a step has been recorded.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (cells)
            {
                return cells.Count == 0;
            }
        }
    }

    /// <summary>True when some value fell outside its characterised range.</summary>
    public bool AnyOutside
    {
        get
        {
            lock (cells)
            {
                return cells.Values.Any(e => e.Any(x => x.Outside > 0));
            }
        }
    }

    /// <summary>Records one step of <paramref name="cell"/>: per lane [pre-activations, c_t, h_t] in network units.</summary>
    public void Record(LstmCellStage cell, double[][][] step)
    {
        var hidden = cell.Hidden;
        var ranges = cell.Scales.GateRanges.Append(cell.Scales.CellRange).ToArray();
        lock (cells)
        {
            if (!cells.TryGetValue(cell.Crossbar, out var entries))
            {
                entries = [.. ranges.Select(r => new Entry(r))];
                cells.Add(cell.Crossbar, entries);
            }

            foreach (var lane in step)
            {
                for (var j = 0; j < lane[0].Length; j++)
                {
                    entries[j / hidden].Add(lane[0][j]);
                }

                foreach (var c in lane[1])
                {
                    entries[4].Add(c);
                }
            }
        }
    }

    /// <summary>The CSV (level, cell, signal, min, max, characterised ±range, values and values outside).</summary>
    public void AppendCsv(StringBuilder text, string level)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (cells)
        {
            foreach (var (cell, entries) in cells)
            {
                for (var s = 0; s < entries.Length; s++)
                {
                    var e = entries[s];
                    text.Append(CultureInfo.InvariantCulture, $"{level},{cell},{Signals[s]},{e.Min:R},{e.Max:R},{e.Range:R},{e.Count},{e.Outside}\n");
                }
            }
        }
    }

    /// <summary>One warning line per signal that left its range.</summary>
    public IEnumerable<string> Warnings(string level)
    {
        lock (cells)
        {
            return [.. cells.SelectMany(c => c.Value.Select((e, s) => (c.Key, e, s)))
                .Where(p => p.e.Outside > 0)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"warning: {level}: LSTM cell {p.Key}, {(p.s < 4 ? $"gate {Signals[p.s]} pre-activation" : "cell state c")} in [{p.e.Min:G4}, {p.e.Max:G4}], outside its circuit's characterised range ±{p.e.Range} for {p.e.Outside} of {p.e.Count} value(s)"))];
        }
    }

    private sealed class Entry(double range)
    {
        public double Range { get; } = range;

        public double Min { get; private set; } = double.PositiveInfinity;

        public double Max { get; private set; } = double.NegativeInfinity;

        public long Count { get; private set; }

        public long Outside { get; private set; }

        public void Add(double value)
        {
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
            Count++;
            if (Math.Abs(value) > Range)
            {
                Outside++;
            }
        }
    }
}
