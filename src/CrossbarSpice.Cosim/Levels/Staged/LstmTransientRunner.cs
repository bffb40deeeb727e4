using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// Runs an LSTM cell over a whole sequence in one ngspice transient (<see cref="LstmTransientDeck"/>) and reads, at the
/// end of every step's period, the slave holds (h_t and c_t as they drive the next step) and, at the end of the sample
/// phase, the cell's own h_t output. Values in network units.
/// </summary>
public static class LstmTransientRunner
{
    /// <summary>Runs <paramref name="cell"/> of the design in <paramref name="designRoot"/> over <paramref name="sequence"/> (x_t, network units).</summary>
    public static LstmTransientResult Run(string designRoot, LstmCellStage cell, IReadOnlyList<double[]> sequence, ISimulationEngine engine, LstmTransientTiming? timing = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(designRoot);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(engine);
        timing ??= new LstmTransientTiming();
        var stepDeck = SpiceNetlistReader.ReadFile(Path.Combine(designRoot, cell.Deck));
        var deck = LstmTransientDeck.Build(stepDeck, cell, sequence, timing);
        var run = engine.Run(new SimulationRequest(deck) { Timeout = TimeSpan.FromMinutes(30) }, cancellationToken);
        var time = (run.Axis ?? throw new SimulationException("the transient run returned no time axis", string.Empty, run.Log)).Values;
        double At(string net, double t) => Interpolate(time, run[$"v({net.ToLowerInvariant()})"].Values, t);

        var s = cell.Scales;
        var steps = sequence.Count;
        var hidden = new double[steps][];
        var cells = new double[steps][];
        var sampled = new double[steps][];
        for (var n = 0; n < steps; n++)
        {
            var end = LstmTransientDeck.StepEnd(timing, n);
            var sampleEnd = ((n + LstmTransientTiming.SampleEnd) * timing.PeriodSeconds) - timing.EdgeSeconds;
            hidden[n] = [.. Enumerable.Range(0, cell.Hidden).Select(k => At(LstmTransientDeck.HeldHidden(k), end) / s.HiddenVoltsPerUnit)];
            cells[n] = [.. Enumerable.Range(0, cell.Hidden).Select(k => At(LstmTransientDeck.HeldCell(k), end) / s.CellVoltsPerUnit)];
            sampled[n] = [.. Enumerable.Range(0, cell.Hidden).Select(k => At($"h{k}", sampleEnd) / s.HiddenVoltsPerUnit)];
        }

        var volts = Enumerable.Range(0, cell.Hidden).Select(k => run[$"v(h{k})"].Values.ToArray()).ToArray();
        var held = Enumerable.Range(0, cell.Hidden).Select(k => run[$"v({LstmTransientDeck.HeldHidden(k)})"].Values.ToArray()).ToArray();
        return new LstmTransientResult(hidden, cells, sampled, run.Elapsed) { Time = [.. time], HiddenOutputVolts = volts, HeldHiddenVolts = held };
    }

    /// <summary>
    /// The same sequence at the step-by-step <c>spice</c> level: one ngspice DC solve of the step deck per step, h_t and
    /// c_t fed back as ideal sources (as <see cref="StagedLevel"/> does). Returns h_t and c_t per step, network units.
    /// </summary>
    public static (double[][] Hidden, double[][] Cell) StepwiseSpice(DesignManifest manifest, string designRoot, LstmCellStage cell, IReadOnlyList<double[]> sequence, ISimulationEngine engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(sequence);
        using var spice = new SpiceEvaluator(manifest, designRoot, engine, 1);
        var held = new double[2 * cell.Hidden];
        var hidden = new double[sequence.Count][];
        var cells = new double[sequence.Count][];
        for (var n = 0; n < sequence.Count; n++)
        {
            var outputs = spice.Evaluate(cell, [[.. sequence[n], .. held]], cancellationToken)[0];
            (cells[n], hidden[n]) = (outputs[1], outputs[2]);
            held = [.. hidden[n], .. cells[n]];
        }

        return (hidden, cells);
    }

    private static double Interpolate(IReadOnlyList<double> time, IReadOnlyList<double> values, double t)
    {
        var hi = 0;
        while (hi < time.Count - 1 && time[hi] < t)
        {
            hi++;
        }

        if (hi == 0 || time[hi] <= t)
        {
            return values[hi];
        }

        var lo = hi - 1;
        var w = (t - time[lo]) / (time[hi] - time[lo]);
        return values[lo] + (w * (values[hi] - values[lo]));
    }
}

/// <summary>The per-step readings of a full-transient LSTM run, network units.</summary>
/// <param name="Hidden">h_t per step, from the slave holds at the end of the step's period.</param>
/// <param name="Cell">c_t per step, from the slave holds.</param>
/// <param name="SampledHidden">The cell's h_t output at the end of the sample phase (before the hold).</param>
/// <param name="Elapsed">ngspice's run time.</param>
public sealed record LstmTransientResult(double[][] Hidden, double[][] Cell, double[][] SampledHidden, TimeSpan Elapsed)
{
    /// <summary>The transient's time points, s.</summary>
    public double[] Time { get; init; } = [];

    /// <summary>Per hidden unit, the cell's h output net over <see cref="Time"/>, V.</summary>
    public double[][] HiddenOutputVolts { get; init; } = [];

    /// <summary>Per hidden unit, the slave hold of h over <see cref="Time"/>, V.</summary>
    public double[][] HeldHiddenVolts { get; init; } = [];
}
