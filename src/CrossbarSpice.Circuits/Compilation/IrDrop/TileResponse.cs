using CrossbarSpice.Mapping.Compensation;
using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>M(G) of one tile of the design: the tile built by <see cref="TileCircuits"/> with the design's wires,
/// driver resistance and cell, solved by <see cref="WiredTiles.Solver"/>.</summary>
internal sealed class TileResponse(WiredTiles wired, CompileOptions options) : IEffectiveConductances
{
    /// <inheritdoc/>
    public double[] Of(ConductanceMatrix programmed) =>
        wired.Solver.EffectiveSiemens(
            TileCircuits.For(programmed, options.SegmentOhms, options.DriverOhms, wired.Cell.Selector, wired.Cell.AccessTransistor),
            WiredTiles.OperatingRowVolts(options));
}
