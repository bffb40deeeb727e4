using CrossbarSpice.Circuits.Stages;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>Computes a stage's circuit for many lanes at once (the lanes of every sample of a batch).</summary>
internal interface IStageEvaluator
{
    /// <summary>Outputs of <paramref name="stage"/> for each lane input.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="lanes">Per lane, its input vector (network units).</param>
    /// <param name="cancellationToken">Stops long runs.</param>
    /// <returns>Per lane, per output layer of the stage (readout, then the fused activation), the outputs in network units.</returns>
    double[][][] Evaluate(CircuitStage stage, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken);
}
