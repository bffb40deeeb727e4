namespace CrossbarSpice.Netlist.Analyses;

/// <summary>One swept source of a <c>.dc</c> analysis.</summary>
/// <param name="Source">Name of the independent voltage or current source swept.</param>
/// <param name="Start">First value, V or A.</param>
/// <param name="Stop">Last value, V or A.</param>
/// <param name="Step">Increment, V or A (non-zero; its sign follows Stop − Start).</param>
public sealed record DcSweep(string Source, double Start, double Stop, double Step);
