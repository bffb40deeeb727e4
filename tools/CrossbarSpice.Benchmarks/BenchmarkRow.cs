namespace CrossbarSpice.Benchmarks;

/// <summary>Measurements for one tile size.</summary>
internal sealed record BenchmarkRow
{
    /// <summary>Tile size N (N×N).</summary>
    public required int Size { get; init; }

    /// <summary>Unknown node voltages.</summary>
    public required int Unknowns { get; init; }

    /// <summary>Nodal-matrix entries.</summary>
    public required int MatrixNonZeros { get; init; }

    /// <summary>Entries of L + U.</summary>
    public required long FactorNonZeros { get; init; }

    /// <summary>Assembly + symbolic analysis, s.</summary>
    public required double SetupSeconds { get; init; }

    /// <summary>Numeric factorisation, s.</summary>
    public required double FactorSeconds { get; init; }

    /// <summary>One solve (substitutions + output currents), s.</summary>
    public required double SolveSeconds { get; init; }

    /// <summary>Linear-map computation (N solves), s.</summary>
    public required double MapSeconds { get; init; }

    /// <summary>One sample through the linear map, s.</summary>
    public required double SampleSeconds { get; init; }

    /// <summary>Peak resident memory of the solver part, bytes.</summary>
    public required long SolverPeakBytes { get; init; }

    /// <summary>ngspice <c>.op</c> wall time, s, or null when not run.</summary>
    public double? NgspiceSeconds { get; init; }

    /// <summary>Max relative column-current difference solver vs ngspice, or null.</summary>
    public double? MaxRelativeDifference { get; init; }

    /// <summary>Max relative difference linear map vs direct solve.</summary>
    public required double MapVersusSolve { get; init; }
}
