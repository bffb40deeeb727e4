using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>What an independent source drives: <c>DC value [AC magnitude] [PULSE(...)|PWL(...)|SIN(...)]</c>.</summary>
/// <param name="Dc">DC (and operating-point) value, V or A.</param>
/// <param name="AcMagnitude">Small-signal AC magnitude, V or A, or null for none.</param>
/// <param name="Transient">Time-dependent waveform, or null for a constant source.</param>
public sealed record SourceWaveform(SpiceValue Dc, SpiceValue? AcMagnitude = null, TransientWaveform? Transient = null);
