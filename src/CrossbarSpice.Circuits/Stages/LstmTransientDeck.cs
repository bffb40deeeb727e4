using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// One netlist that runs a whole input sequence x_1…x_T through an LSTM cell's compiled step deck in time
/// (docs/lstm-circuit.md, "Full-transient option"): the x rows <c>Vin0…Vin{I−1}</c> become PWL sources (x_t over
/// period t); per held signal (h_t on <c>h{k}</c>, c_t on <c>c{k}</c>) a master–slave sample-and-hold: the φS switch
/// onto a master capacitor, a CMOS op-amp follower, the φT switch onto a slave capacitor and a second follower that
/// drives the cell's input (h_{t−1} rows <c>Vin{I+k}</c>, c_{t−1} nets <c>cp{k}</c>) in place of its DC source. When the
/// row scale differs from h's (s_in ≠ 1 V/unit of h) the row driver is an ideal VCVS of gain s_in/s_h instead of the
/// follower. The clocks φS, φT and the reset are PULSE sources (the timing generator, [P0]). Switches are ngspice
/// <c>SW</c> models (ideal: a resistance step, no charge injection or clock feed-through).
/// </summary>
public static class LstmTransientDeck
{
    /// <summary>Longest sequence a deck takes.</summary>
    public const int MaxSteps = 8;

    /// <summary>The switch model's name.</summary>
    public const string SwitchModel = "lstm_hold_sw";

    /// <summary>The net of the slave hold of h_k (h_t at the hidden scale after step t's transfer).</summary>
    public static string HeldHidden(int k) => $"lsh{k}";

    /// <summary>The net of the slave hold of c_k (at the cell scale).</summary>
    public static string HeldCell(int k) => $"lsc{k}";

    /// <summary>The net of the master hold of h_k (sampled at the end of φS).</summary>
    public static string MasterHidden(int k) => $"lmh{k}";

    /// <summary>The time at which step <paramref name="step"/> (0-based) has been sampled and transferred: the end of its period, s.</summary>
    public static double StepEnd(LstmTransientTiming timing, int step)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return (step + 1) * timing.PeriodSeconds;
    }

    /// <summary>
    /// The transient deck of <paramref name="cell"/> (its step deck <paramref name="stepDeck"/>, as compile-weights wrote it)
    /// over <paramref name="sequence"/> (x_t in network units, I values each, 1…<see cref="MaxSteps"/> steps), with a
    /// <c>.tran</c> over the whole sequence.
    /// </summary>
    public static SpiceNetlist Build(SpiceNetlist stepDeck, LstmCellStage cell, IReadOnlyList<double[]> sequence, LstmTransientTiming timing)
    {
        ArgumentNullException.ThrowIfNull(stepDeck);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(timing);
        timing.Validate();
        if (sequence.Count is < 1 or > MaxSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence.Count, $"a transient sequence has 1…{MaxSteps} steps");
        }

        if (sequence.Any(x => x is null || x.Length != cell.InputSize))
        {
            throw new ArgumentException($"every step needs {cell.InputSize} input values", nameof(sequence));
        }

        int inputs = cell.InputSize, hidden = cell.Hidden;
        var replaced = new HashSet<string>(cell.InputSources, StringComparer.OrdinalIgnoreCase);
        var items = new List<NetlistItem>();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in stepDeck.Items)
        {
            if (item is AnalysisCommand)
            {
                continue;
            }

            if (item is VoltageSource source && replaced.Contains(source.Name))
            {
                found.Add(source.Name);
                var index = IndexOf(cell, source.Name);
                if (index < inputs)
                {
                    items.Add(source with { Waveform = XWaveform(sequence, index, cell.InputVoltsPerUnit(index), timing) });
                }
                else if (index < inputs + hidden)
                {
                    items.Add(RowDriver(cell, index - inputs, source.NodePositive));
                }
                else
                {
                    items.Add(Follower($"Xlbc{index - inputs - hidden}", HeldCell(index - inputs - hidden), source.NodePositive));
                }

                continue;
            }

            items.Add(item);
        }

        if (found.Count != replaced.Count)
        {
            throw new ArgumentException($"the step deck lacks the input sources {string.Join(", ", replaced.Except(found, StringComparer.OrdinalIgnoreCase))}", nameof(stepDeck));
        }

        items.AddRange(Clocks(sequence.Count, timing));
        for (var k = 0; k < hidden; k++)
        {
            items.AddRange(MasterSlave($"h{k}", $"h{k}", MasterHidden(k), HeldHidden(k), timing));
            items.AddRange(MasterSlave($"c{k}", $"c{k}", $"lmc{k}", HeldCell(k), timing));
        }

        var period = timing.PeriodSeconds;
        items.Add(new TranAnalysis(period / 400, sequence.Count * period, null, period / 200));
        var clash = items.OfType<Element>().GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException($"the step deck already has an element {clash.Key} that the transient deck adds", nameof(stepDeck));
        }

        return new SpiceNetlist($"{stepDeck.Title} — full transient, {sequence.Count} steps of {period:R} s", items, stepDeck.SourcePath);
    }

    private static int IndexOf(LstmCellStage cell, string source)
    {
        for (var i = 0; i < cell.InputSources.Count; i++)
        {
            if (string.Equals(cell.InputSources[i], source, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static SourceWaveform XWaveform(IReadOnlyList<double[]> sequence, int input, double voltsPerUnit, LstmTransientTiming timing)
    {
        var points = new List<PwlPoint> { new(0.0, sequence[0][input] * voltsPerUnit) };
        for (var t = 1; t < sequence.Count; t++)
        {
            var start = t * timing.PeriodSeconds;
            points.Add(new PwlPoint(start, sequence[t - 1][input] * voltsPerUnit));
            points.Add(new PwlPoint(start + timing.EdgeSeconds, sequence[t][input] * voltsPerUnit));
        }

        return new SourceWaveform(sequence[0][input] * voltsPerUnit, null, new PwlWaveform(points));
    }

    private static NetlistItem RowDriver(LstmCellStage cell, int k, string row)
    {
        var gain = cell.Scales.RowVoltsPerUnit / cell.Scales.HiddenVoltsPerUnit;
        return Math.Abs(gain - 1) < 1e-12
            ? Follower($"Xlbh{k}", HeldHidden(k), row)
            : new Vcvs($"Elbh{k}", row, "0", HeldHidden(k), "0", gain);
    }

    private static IEnumerable<NetlistItem> Clocks(int steps, LstmTransientTiming timing)
    {
        double p = timing.PeriodSeconds, e = timing.EdgeSeconds, v = timing.ClockVolts;
        yield return new ModelCard(SwitchModel, "SW", [
            new SpiceParameter("vt", v / 2), new SpiceParameter("vh", 0.0),
            new SpiceParameter("ron", timing.SwitchOnOhms), new SpiceParameter("roff", timing.SwitchOffOhms)]);
        yield return Clock("Vphs", "phs", LstmTransientTiming.SampleStart * p, (LstmTransientTiming.SampleEnd - LstmTransientTiming.SampleStart) * p, p, timing);
        yield return Clock("Vpht", "pht", LstmTransientTiming.TransferStart * p, (LstmTransientTiming.TransferEnd - LstmTransientTiming.TransferStart) * p, p, timing);

        // The reset is high from t = 0 (its operating point sets the slaves to 0 V) to ResetEnd·P, once.
        yield return new VoltageSource("Vlrst", "lrst", "0", new SourceWaveform(v, null, new PwlWaveform([
            new(0.0, v), new(LstmTransientTiming.ResetEnd * p, v), new((LstmTransientTiming.ResetEnd * p) + e, 0.0), new((steps + 1) * p, 0.0)])));
    }

    private static VoltageSource Clock(string name, string net, double delay, double width, double period, LstmTransientTiming timing)
    {
        var e = timing.EdgeSeconds;
        return new VoltageSource(name, net, "0", new SourceWaveform(0.0, null, new PulseWaveform(0.0, timing.ClockVolts, delay, e, e, width - e, period)));
    }

    private static IEnumerable<NetlistItem> MasterSlave(string id, string output, string master, string slave, LstmTransientTiming timing)
    {
        yield return new VoltageSwitch($"Slm{id}", output, master, "phs", "0", SwitchModel);
        yield return new Capacitor($"Clm{id}", master, "0", timing.HoldFarads);
        yield return Follower($"Xlm{id}", master, $"lmb{id}");
        yield return new VoltageSwitch($"Sls{id}", $"lmb{id}", slave, "pht", "0", SwitchModel);
        yield return new Capacitor($"Cls{id}", slave, "0", timing.HoldFarads);
        yield return new VoltageSwitch($"Slr{id}", slave, "0", "lrst", "0", SwitchModel);
    }

    private static SubcircuitInstance Follower(string name, string input, string output) =>
        new(name, [input, output, output, "vdd", "vss"], CmosOpAmp.Name);
}
