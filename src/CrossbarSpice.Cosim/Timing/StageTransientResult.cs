namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// What <see cref="StageTransient"/> measured: per lane its settle time, the output that settled last and the final
/// values; per run the waveforms and the sources' power, from which a lane's energy over a window is integrated.
/// </summary>
public sealed class StageTransientResult
{
    private readonly TransientChunk[] runs;
    private readonly (int Run, int Lane)[] lanes;

    internal StageTransientResult(TransientChunk[] runs, string[] outputNodes)
    {
        this.runs = runs;
        OutputNodes = outputNodes;
        lanes = [.. runs.SelectMany((r, c) => r.Lanes.Select((_, j) => (c, j)))];
    }

    /// <summary>The output nets measured, in the order of <see cref="FinalVolts"/>.</summary>
    public IReadOnlyList<string> OutputNodes { get; }

    /// <summary>Number of lanes.</summary>
    public int LaneCount => lanes.Length;

    /// <summary>ngspice's run time summed over the runs (the last slot length of each).</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks));

    /// <summary>Settle time of <paramref name="lane"/>, s (from its input step).</summary>
    public double SettleSeconds(int lane) => Lane(lane).SettleSeconds;

    /// <summary>True when <paramref name="lane"/> settled within <see cref="TransientSettings.SettledFraction"/> of its slot.</summary>
    public bool Settled(int lane) => Lane(lane).Settled;

    /// <summary>The slot <paramref name="lane"/> ran in, s.</summary>
    public double SlotSeconds(int lane) => Lane(lane).SlotSeconds;

    /// <summary>Index into <see cref="OutputNodes"/> of the output of <paramref name="lane"/> that settled last.</summary>
    public int CriticalOutput(int lane) => Lane(lane).CriticalOutput;

    /// <summary>The outputs of <paramref name="lane"/> at the end of its slot, V.</summary>
    public IReadOnlyList<double> FinalVolts(int lane) => Lane(lane).FinalVolts;

    /// <summary>
    /// Energy the deck's sources deliver to <paramref name="lane"/> over <paramref name="windowSeconds"/> from its step,
    /// J: ∫ Σ −V·I dt (trapezoids over ngspice's points); beyond the lane's slot the power at the slot's end is held
    /// (the lane has settled there).
    /// </summary>
    public double Joules(int lane, double windowSeconds)
    {
        var (run, l) = lanes[lane];
        var chunk = runs[run];
        var entry = chunk.Lanes[l];
        var end = entry.StartSeconds + Math.Min(windowSeconds, entry.SlotSeconds);
        var t = chunk.Time;
        var p = chunk.Power;
        var joules = 0.0;
        for (var k = entry.First; k < entry.Last && t[k] < end; k++)
        {
            var t1 = Math.Min(t[k + 1], end);
            var p1 = t1 == t[k + 1] ? p[k + 1] : p[k] + ((p[k + 1] - p[k]) * (t1 - t[k]) / (t[k + 1] - t[k]));
            joules += 0.5 * (p[k] + p1) * (t1 - t[k]);
        }

        return joules + (Math.Max(0, windowSeconds - entry.SlotSeconds) * p[entry.Last]);
    }

    /// <summary>Output <paramref name="output"/> of <paramref name="lane"/> over its slot: time from its step, s, and volts.</summary>
    public (double[] Seconds, double[] Volts) Waveform(int lane, int output)
    {
        var (run, l) = lanes[lane];
        var chunk = runs[run];
        var entry = chunk.Lanes[l];
        var count = entry.Last - entry.First + 1;
        return ([.. chunk.Time.Skip(entry.First).Take(count).Select(t => t - entry.StartSeconds)], [.. chunk.Outputs[output].Skip(entry.First).Take(count)]);
    }

    private TransientLane Lane(int lane)
    {
        var (run, l) = lanes[lane];
        return runs[run].Lanes[l];
    }
}

/// <summary>One ngspice transient of several lanes.</summary>
internal sealed record TransientChunk(double SlotSeconds, double[] Time, double[][] Outputs, double[] Power, TransientLane[] Lanes, TimeSpan Elapsed);

/// <summary>One lane's slot in a <see cref="TransientChunk"/>.</summary>
internal sealed record TransientLane(double StartSeconds, double SlotSeconds, int First, int Last, double SettleSeconds, int CriticalOutput, bool Settled, double[] FinalVolts);
