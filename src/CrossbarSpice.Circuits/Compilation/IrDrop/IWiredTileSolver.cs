using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>
/// The exact solver of a wired tile, as the IR-drop compensation and <c>--tile auto</c> need it. Circuits runs no
/// simulator, so the implementation is handed in (Simulation's <c>WiredTileSolver</c>, on the array solver).
/// </summary>
public interface IWiredTileSolver
{
    /// <summary>
    /// M(G) of <paramref name="tile"/>, row-major [row, column], S: for ohmic cells the exact linear map transposed
    /// (current into column c per volt on row r, every input); for non-linear cells the current through each cell's
    /// memristor with every row at <paramref name="operatingRowVolts"/>, divided by that voltage.
    /// </summary>
    double[] EffectiveSiemens(CrossbarTileCircuit tile, double operatingRowVolts);

    /// <summary>The column currents (A, into the readouts) of <paramref name="tile"/> for each vector of row voltages.</summary>
    double[][] ColumnAmps(CrossbarTileCircuit tile, IReadOnlyList<double[]> rowVolts);
}
