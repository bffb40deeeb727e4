namespace CrossbarSpice.Cosim.Golden;

/// <summary>What <see cref="GoldenRunner.Update"/> recorded: the outputs and the gaps between neighbouring levels they show.</summary>
/// <param name="Outputs">The outputs written to outputs.csv.</param>
/// <param name="Gaps">Per pair of neighbouring levels, the gap and the margin over the case's tolerances.</param>
public sealed record GoldenRecording(GoldenOutputs Outputs, IReadOnlyList<GoldenNeighbourGap> Gaps);
