namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>A constant voltage source of a bench whose delivered power counts as the module's supply power.</summary>
/// <param name="Source">Source name, e.g. <c>vdd</c>; its current vector is <c>i(source)</c>.</param>
/// <param name="Volts">Its voltage, V; delivered power is −Volts·i(source) (ngspice's current flows into n+).</param>
public sealed record SupplyTap(string Source, double Volts);
