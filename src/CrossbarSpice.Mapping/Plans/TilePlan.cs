using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>One array of a layer: its block of the logical crossbar and what its devices were programmed to.</summary>
/// <param name="Block">Rows and columns of the logical crossbar this array holds.</param>
/// <param name="Programmed">Programmed conductances and device faults: what the wired tile, its netlist and every
/// circuit level use.</param>
/// <param name="Target">For an IR-drop compensated tile, the conductances the uncompensated design would have
/// programmed (same levels and non-idealities): the weights the <c>mapped</c> level computes with. Null: the mapped
/// level reads <paramref name="Programmed"/>.</param>
public sealed record TilePlan(TileBlock Block, ProgrammedArray Programmed, ConductanceMatrix? Target = null)
{
    /// <summary>The conductances the mapped level reads: <see cref="Target"/> when compensated, else the programmed ones.</summary>
    public ConductanceMatrix MappedConductances => Target ?? Programmed.Conductances;
}
