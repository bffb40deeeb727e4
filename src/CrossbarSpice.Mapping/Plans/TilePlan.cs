using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>One array of a layer: its block of the logical crossbar and what its devices were programmed to.</summary>
/// <param name="Block">Rows and columns of the logical crossbar this array holds.</param>
/// <param name="Programmed">Programmed conductances and device faults.</param>
public sealed record TilePlan(TileBlock Block, ProgrammedArray Programmed);
