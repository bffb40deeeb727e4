using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Layers.Dense;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Cosim.Tests.Extending;

/// <summary>
/// The worked example of docs/extending.md, step 2: what <see cref="ScaleLayer"/> means in hardware. The gains go on
/// the diagonal of one [n × n] crossbar (off-diagonal pairs at G_min, so they cancel in the differential readout), read
/// once per token like a dense layer; the base class gives it the crossbar stage, the fused activation behind its
/// readouts and the readout's energy use.
/// </summary>
public sealed class ScaleCircuit : CrossbarLayerCircuit<ScaleLayer>
{
    /// <inheritdoc />
    public override IReadOnlyList<CrossbarMatrix> CrossbarMatrices(LayerNode layer)
    {
        var scale = Op(layer);
        var n = scale.Features;
        var values = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            values[(i * n) + i] = scale.Gains[i];
        }

        return [new CrossbarMatrix(layer.Name, layer.Name, "dense", new WeightMatrix($"{layer.Name}.weight", n, n, values), null)];
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) =>
        stage is CrossbarStage ? new TokenLanes(Op(layer).Features, shapes[layer.Inputs[0]].ElementCount) : StageLanes.None;

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        var crossbar = evaluation.Crossbars[layer.Name];
        var y = new double[x.Length];
        for (var t = 0; t < x.Length / crossbar.Inputs; t++)
        {
            crossbar.Read(x.AsSpan(t * crossbar.Inputs, crossbar.Inputs), y.AsSpan(t * crossbar.Outputs, crossbar.Outputs));
        }

        return y;
    }

    /// <inheritdoc />
    public override int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) =>
        shapes[layer.Inputs[0]].ElementCount / Op(layer).Features;

    /// <inheritdoc />
    public override IEnumerable<double[]> Reads(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        var n = Op(layer).Features;
        for (var t = 0; t < x.Length / n; t++)
        {
            yield return x[(t * n)..((t + 1) * n)];
        }
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;

    /// <inheritdoc />
    protected override int Inputs(ScaleLayer op) => op.Features;

    /// <inheritdoc />
    protected override int Outputs(ScaleLayer op) => op.Features;

    /// <inheritdoc />
    protected override int OutputAxis(TensorShape output) => output.Rank - 1;

    /// <inheritdoc />
    protected override int? StreamedAxis(TensorShape output, int reads) => reads > 1 ? output.Rank - 1 : null;
}
