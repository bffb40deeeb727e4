namespace CrossbarSpice.Circuits.Compilation;

/// <summary>What compile-weights does about the wires' IR drop when it programs the conductances.</summary>
public enum CompensationKind
{
    /// <summary>Nothing: every tile is programmed with the mapped target conductances.</summary>
    None,

    /// <summary>
    /// Pre-distortion: every tile is programmed with conductances whose wired effective conductances equal the target
    /// (<see cref="IrDrop.CompensatedLayerPlanner"/>, docs/ir-drop.md).
    /// </summary>
    IrDrop,
}
