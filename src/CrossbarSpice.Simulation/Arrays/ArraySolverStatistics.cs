namespace CrossbarSpice.Simulation.Arrays;

/// <summary>Size and cost of an array solver's sparse factorisation.</summary>
/// <param name="Unknowns">Unknown node voltages (matrix order).</param>
/// <param name="MatrixNonZeros">Entries of the nodal matrix.</param>
/// <param name="LowerNonZeros">Entries of KLU's L factor, diagonal included (0 before a factorisation).</param>
/// <param name="UpperNonZeros">Entries of KLU's U factor, diagonal included.</param>
/// <param name="FactorFlops">Floating-point operations of one numeric factorisation.</param>
/// <param name="KluPeakBytes">KLU's peak memory, bytes.</param>
/// <param name="AssemblyTime">Wall time to build the nodal equations and their sparse pattern.</param>
/// <param name="AnalysisTime">Wall time of KLU's symbolic analysis (BTF, AMD ordering).</param>
/// <param name="FactorTime">Wall time of the constructor's numeric factorisation (zero for non-linear tiles,
/// which factor inside each Newton iteration).</param>
public sealed record ArraySolverStatistics(
    int Unknowns,
    int MatrixNonZeros,
    int LowerNonZeros,
    int UpperNonZeros,
    double FactorFlops,
    long KluPeakBytes,
    TimeSpan AssemblyTime,
    TimeSpan AnalysisTime,
    TimeSpan FactorTime);
