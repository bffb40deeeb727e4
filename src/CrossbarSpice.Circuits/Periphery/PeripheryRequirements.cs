namespace CrossbarSpice.Circuits.Periphery;

/// <summary>What a peripheral module needs from its process card.</summary>
/// <param name="Transistors">True when the module contains MOSFETs (needs an NMOS/PMOS model set).</param>
/// <param name="SplitSupply">True when the module needs a negative rail (VSS &lt; 0 V), as every op-amp circuit of docs/circuits.md does.</param>
public sealed record PeripheryRequirements(bool Transistors, bool SplitSupply);
