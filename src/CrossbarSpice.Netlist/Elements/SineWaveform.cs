using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary><c>SIN(vo va freq td theta)</c>; all five values are written.</summary>
/// <param name="Offset">Offset vo, V or A.</param>
/// <param name="Amplitude">Amplitude va, V or A.</param>
/// <param name="Frequency">Frequency, Hz.</param>
/// <param name="Delay">Delay td, s (default 0).</param>
/// <param name="Damping">Damping factor theta, 1/s (default 0).</param>
public sealed record SineWaveform(
    SpiceValue Offset,
    SpiceValue Amplitude,
    SpiceValue Frequency,
    SpiceValue Delay = default,
    SpiceValue Damping = default) : TransientWaveform;
