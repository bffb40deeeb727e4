namespace CrossbarSpice.Cosim.Timing;

/// <summary>One stage output against time after its lane's step, for the timing plot.</summary>
/// <param name="Stage">The stage row's name.</param>
/// <param name="Output">The output net.</param>
/// <param name="Seconds">Time from the step, s.</param>
/// <param name="Volts">The output, V.</param>
/// <param name="SettleSeconds">Where it settles, s (the lane's settle time when this is its critical output).</param>
public sealed record TimingWaveform(string Stage, string Output, double[] Seconds, double[] Volts, double SettleSeconds);
