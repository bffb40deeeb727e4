namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// One row of seed 002's Table VII beside the project's figures: the design's modules of that kind per inference, and
/// one operation of the project's circuit on its ngspice bench.
/// </summary>
/// <param name="Module">Table VII's module name, e.g. <c>softmax circuit</c>.</param>
/// <param name="SeedPicojoules">[P2] Table VII's figure, pJ, or null for a row the table does not have.</param>
/// <param name="DesignJoules">Energy per inference of the design's modules of this kind, J, or null when it has none.</param>
/// <param name="DesignSource">Whether the design figure is simulated or an estimate (null without one).</param>
/// <param name="Members">The design's report rows summed into <paramref name="DesignJoules"/>, or why there are none.</param>
/// <param name="BenchModule">The project's bench module for this row (<c>characterize</c> name), or null.</param>
/// <param name="BenchJoules">One operation of <paramref name="BenchModule"/> at Table VII's 50 ns (or its settling
/// time when longer), J, or null.</param>
public sealed record TableSevenRow(
    string Module, double? SeedPicojoules, double? DesignJoules, ModuleSource? DesignSource, string Members, string? BenchModule, double? BenchJoules);
