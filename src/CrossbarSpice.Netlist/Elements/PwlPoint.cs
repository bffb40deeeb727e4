using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>One corner of a piece-wise linear waveform.</summary>
/// <param name="Time">Time, s.</param>
/// <param name="Value">Source value at that time, V or A.</param>
public readonly record struct PwlPoint(SpiceValue Time, SpiceValue Value);
