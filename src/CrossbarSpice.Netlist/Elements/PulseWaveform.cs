using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary><c>PULSE(v1 v2 td tr tf pw per)</c>; all seven values are written.</summary>
/// <param name="Initial">Initial value v1 (V or A).</param>
/// <param name="Pulsed">Pulsed value v2 (V or A).</param>
/// <param name="Delay">Delay td before the first rise, s.</param>
/// <param name="Rise">Rise time tr, s.</param>
/// <param name="Fall">Fall time tf, s.</param>
/// <param name="Width">Pulse width pw, s.</param>
/// <param name="Period">Period per, s.</param>
public sealed record PulseWaveform(
    SpiceValue Initial,
    SpiceValue Pulsed,
    SpiceValue Delay,
    SpiceValue Rise,
    SpiceValue Fall,
    SpiceValue Width,
    SpiceValue Period) : TransientWaveform;
