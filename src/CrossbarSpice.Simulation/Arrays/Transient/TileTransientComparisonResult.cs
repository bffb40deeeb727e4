using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>What <see cref="TileTransientComparison.Run"/> measured.</summary>
public sealed record TileTransientComparisonResult
{
    /// <summary>ngspice's run (parse, operating point, transient), s, as the engine timed it.</summary>
    public required double NgspiceSeconds { get; init; }

    /// <summary>The array solver on ngspice's time points, column currents only, s, wall clock: the same points, rule
    /// and answers as ngspice's run.</summary>
    public required double SolverOnNgspiceGridSeconds { get; init; }

    /// <summary>KLU numeric factorisations of the run on ngspice's points (one per distinct step size and rule).</summary>
    public required int SolverOnNgspiceGridFactorisations { get; init; }

    /// <summary>The array solver's fixed-grid run (network, analysis, factorisations, steps), s, wall clock.</summary>
    public required double SolverSeconds { get; init; }

    /// <summary>Time points of ngspice's run.</summary>
    public required int NgspiceTimePoints { get; init; }

    /// <summary>Time points of the solver's fixed-grid run.</summary>
    public required int SolverTimePoints { get; init; }

    /// <summary>KLU numeric factorisations of the fixed-grid run.</summary>
    public required int SolverFactorisations { get; init; }

    /// <summary>Largest |ΔV| over every compared wire node and every ngspice time point (the solver on ngspice's points), V.</summary>
    public required double MaxNodeVoltsDifference { get; init; }

    /// <summary>Wire nodes compared (0 when node comparison was off).</summary>
    public required int ComparedNodes { get; init; }

    /// <summary>Largest |ΔI| over every column current and every ngspice time point (the solver on ngspice's points), A.</summary>
    public required double MaxColumnAmpsDifference { get; init; }

    /// <summary>Largest |I| of ngspice's column currents, A (the scale of <see cref="MaxColumnAmpsDifference"/>).</summary>
    public required double LargestColumnAmps { get; init; }

    /// <summary>ngspice's result vectors.</summary>
    public required SimulationResult Ngspice { get; init; }

    /// <summary>The solver on ngspice's time points.</summary>
    public required TileTransientResult OnNgspiceGrid { get; init; }

    /// <summary>The solver on its fixed grid.</summary>
    public required TileTransientResult FixedGrid { get; init; }
}
