using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Schemes;

/// <summary>The inverse of the mapping: the weights and bias a set of conductances realises, W = (G+ − G−)/k.</summary>
public static class EffectiveWeights
{
    /// <summary>
    /// Reads weights [outputs × inputs] and bias (empty when <see cref="MatrixLayout.HasBiasRow"/> is false)
    /// back from <paramref name="conductances"/> laid out like <paramref name="layout"/>.
    /// </summary>
    public static (double[] Weights, double[] Bias) From(ConductanceMatrix conductances, MatrixLayout layout)
    {
        ArgumentNullException.ThrowIfNull(conductances);
        ArgumentNullException.ThrowIfNull(layout);
        if (conductances.Rows != layout.Rows || conductances.Columns != layout.Columns)
        {
            throw new ArgumentException($"conductances are {conductances.Rows}×{conductances.Columns}, the layout {layout.Rows}×{layout.Columns}");
        }

        var k = layout.SiemensPerWeight;
        var weights = new double[layout.Outputs * layout.Inputs];
        var bias = new double[layout.HasBiasRow ? layout.Outputs : 0];
        for (var o = 0; o < layout.Outputs; o++)
        {
            for (var i = 0; i < layout.Inputs; i++)
            {
                weights[(o * layout.Inputs) + i] = (conductances[i, 2 * o] - conductances[i, (2 * o) + 1]) / k;
            }

            if (layout.HasBiasRow)
            {
                var row = layout.Inputs;
                bias[o] = (conductances[row, 2 * o] - conductances[row, (2 * o) + 1]) / k * layout.BiasInput;
            }
        }

        return (weights, bias);
    }
}
