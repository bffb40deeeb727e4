namespace CrossbarSpice.Cosim.Levels;

/// <summary>One fidelity level's forward pass of a sequential network. Implementations are thread-safe.</summary>
public interface ILevelForward
{
    /// <summary>Runs one sample.</summary>
    /// <param name="input">The network input, network units (Fashion-MNIST: grey level / 255).</param>
    /// <returns>Every layer's output in layer order, network units (volts = units × the layer's volts per unit).</returns>
    IReadOnlyList<double[]> Forward(double[] input);
}
