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

    /// <summary>
    /// As <see cref="Evaluate(CircuitStage, IReadOnlyList{double[]}, CancellationToken)"/> for the lanes of several
    /// samples, <paramref name="lanesPerSample"/> consecutive lanes each, so that an evaluator whose result depends on
    /// which lanes are solved together (ngspice starting each lane from the previous one's solution) can keep every
    /// sample's lanes apart and give a sample the same bits whatever batch it comes in.
    /// </summary>
    double[][][] EvaluateSamples(CircuitStage stage, IReadOnlyList<double[]> lanes, int lanesPerSample, CancellationToken cancellationToken) =>
        Evaluate(stage, lanes, cancellationToken);
}
