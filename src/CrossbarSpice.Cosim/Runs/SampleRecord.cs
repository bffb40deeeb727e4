namespace CrossbarSpice.Cosim.Runs;

/// <summary>What one sample gave at every level.</summary>
/// <param name="Index">Sample index in the data split, ≥ 0.</param>
/// <param name="Label">True class.</param>
/// <param name="Predicted">Predicted class (argmax, first on ties) per requested level, in level order.</param>
/// <param name="MeanAbsDeltaVolts">Per layer (row) and neighbouring level pair (column): mean |Δ| over the layer's
/// elements, V (network units × OutputVoltsPerUnit).</param>
/// <param name="MaxAbsDeltaVolts">Same shape: max |Δ|, V.</param>
/// <param name="OutputVolts">Per level (row) and output of the final layer (column): its value, V.</param>
/// <param name="Outputs">Same shape: the final layer's values in network units (<see cref="OutputVolts"/> is them ×
/// OutputVoltsPerUnit), as the progress file keeps them and <c>outputs/&lt;level&gt;.npy</c> holds them.</param>
public sealed record SampleRecord(int Index, int Label, int[] Predicted, double[,] MeanAbsDeltaVolts, double[,] MaxAbsDeltaVolts, double[,] OutputVolts, double[,] Outputs);
