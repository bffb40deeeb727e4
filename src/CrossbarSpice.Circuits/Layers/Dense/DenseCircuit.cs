using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Dense;

/// <summary>
/// A dense layer: one crossbar [outputs × inputs] (differential pairs, [P3] eq. 6) with the bias row. It acts on the
/// last axis, so on a token tensor [H, W, C] (the sequencer) the crossbar is read once per token.
/// </summary>
public sealed class DenseCircuit : CrossbarLayerCircuit<DenseLayer>
{
    /// <inheritdoc />
    public override IReadOnlyList<CrossbarMatrix> CrossbarMatrices(LayerNode layer)
    {
        var dense = Op(layer);
        return [new(layer.Name, layer.Name, "dense", dense.Weight, dense.Bias)];
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is CrossbarStage ? new TokenLanes(Op(layer).InputFeatures, shapes[layer.Inputs[0]].ElementCount) : StageLanes.None;
    }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(evaluation);
        var crossbar = evaluation.Crossbars[layer.Name];

        // A dense layer acts on the last axis: tokens [H, W, C] are read one after another through the same crossbar.
        var tokens = x.Length / crossbar.Inputs;
        var y = new double[tokens * crossbar.Outputs];
        for (var t = 0; t < tokens; t++)
        {
            crossbar.Read(x.AsSpan(t * crossbar.Inputs, crossbar.Inputs), y.AsSpan(t * crossbar.Outputs, crossbar.Outputs));
        }

        return y;
    }

    /// <inheritdoc />
    public override int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return shapes[layer.Inputs[0]].ElementCount / Op(layer).InputFeatures;
    }

    /// <inheritdoc />
    public override IEnumerable<double[]> Reads(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(x);
        var features = Op(layer).InputFeatures;
        for (var t = 0; t < x.Length / features; t++)
        {
            yield return x[(t * features)..((t + 1) * features)];
        }
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return position.IsHead ? TableThree.Classifier : TableThree.Mlp;
    }

    /// <inheritdoc />
    protected override int Inputs(DenseLayer op) => op.InputFeatures;

    /// <inheritdoc />
    protected override int Outputs(DenseLayer op) => op.OutputFeatures;

    /// <inheritdoc />
    protected override int OutputAxis(TensorShape output) => output.Rank - 1;

    /// <inheritdoc />
    protected override int? StreamedAxis(TensorShape output, int reads) => reads > 1 ? output.Rank - 1 : null;
}
