namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>How the <c>spice</c> level puts a design's crossbar tiles into ngspice (<c>--spice-arrays</c>).</summary>
public enum SpiceArrays
{
    /// <summary>
    /// Each ohmic tile with wire resistance as its exact port equivalent (<see cref="Simulation.Arrays.TilePortEquivalent"/>:
    /// the wire nodes eliminated by a Schur complement, a resistor between every pair of ports); tiles with selectors or
    /// access transistors, and tiles with ideal wires (already their own port equivalent), as compiled. The default.
    /// </summary>
    Port,

    /// <summary>Every tile as compiled: every wire segment and cell in ngspice's matrix (the check).</summary>
    Full,
}
