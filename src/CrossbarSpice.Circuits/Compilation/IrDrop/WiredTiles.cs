namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>What the compensation and the tile-size search solve wired tiles with.</summary>
/// <param name="Solver">The exact tile solver.</param>
/// <param name="Cell">The design's cell (selector or access transistor of every tile).</param>
public sealed record WiredTiles(IWiredTileSolver Solver, CellParameters Cell)
{
    /// <summary>Row voltage at which non-linear cells are compensated: half the design's input volts per unit (a
    /// mid-range read: 0.5 units on every row); ohmic tiles need none.</summary>
    public static double OperatingRowVolts(CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return 0.5 * options.InputVoltsPerUnit;
    }
}
