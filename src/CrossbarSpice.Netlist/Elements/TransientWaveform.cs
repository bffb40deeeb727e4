namespace CrossbarSpice.Netlist.Elements;

/// <summary>The time-dependent part of an independent source: <see cref="PulseWaveform"/>,
/// <see cref="PwlWaveform"/> or <see cref="SineWaveform"/>.</summary>
public abstract record TransientWaveform;
