using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Compensation;

/// <summary>
/// M(G): the conductance every cell of one tile appears to have once the tile is built with its wires, drivers and
/// cells, for programmed conductances G. For ohmic cells this is the exact linear map of the wired tile, transposed
/// (M[r, c] = current into column c per volt on row r), valid for every input; for non-linear cells it is the cell's
/// current at an operating point divided by its row's applied voltage. Mapping may not run a solver, so the
/// implementation lives where the solver is (Simulation) and is handed in.
/// </summary>
public interface IEffectiveConductances
{
    /// <summary>M(<paramref name="programmed"/>), row-major like the matrix, S.</summary>
    double[] Of(ConductanceMatrix programmed);
}
