using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Affine;

/// <summary>
/// A per-channel affine map y_c = a_c·x + b_c (a batch normalisation with no crossbar to fold into): one
/// <see cref="AffineStage"/> lane per spatial position holding an affine amplifier per channel
/// (<c>affine</c>, docs/circuits.md §7.8; gain resistor R_F/|a_c|, bias source b_c at the design's volts per unit);
/// the ideal map at the <c>wired</c> level.
/// </summary>
public sealed class AffineCircuit : LayerCircuitOf<AffineLayer>
{
    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var op = Op(layer);
        var channels = op.Channels;
        planning.Add(new AffineStage(
            [layer.Name],
            $"{layer.Name}/deck.cir",
            StagePlanning.Sources(channels),
            [[.. Enumerable.Range(0, channels).Select(c => $"out{c.ToString(System.Globalization.CultureInfo.InvariantCulture)}")]],
            [.. op.Scale.Values.ToArray()],
            [.. op.Shift.Values.ToArray().Select(b => b * planning.OutputVoltsPerUnit)]));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        var input = shapes[layer.Inputs[0]];
        return stage is AffineStage ? new PositionLanes(input[0], AffineLayer.ElementsPerChannel(input)) : StageLanes.None;
    }

    /// <summary>The ideal map, network units (written here, independent of the software reference).</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        var op = Op(layer);
        var per = x.Length / op.Channels;
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / per;
            y[i] = (op.Scale[c] * x[i]) + op.Shift[c];
        }

        return y;
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.AddElementwise(layer, "affine (batch norm)", "affine", perChannelWhenStreamed: true);
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
