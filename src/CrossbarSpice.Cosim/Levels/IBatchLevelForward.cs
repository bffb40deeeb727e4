namespace CrossbarSpice.Cosim.Levels;

/// <summary>A level that computes a batch of samples together (a simulator started once per stage for the batch).</summary>
public interface IBatchLevelForward : ILevelForward
{
    /// <summary>Runs <paramref name="inputs"/>; per sample, every layer's output in layer order, network units.</summary>
    IReadOnlyList<IReadOnlyList<double[]>> Forward(IReadOnlyList<double[]> inputs, CancellationToken cancellationToken);
}
