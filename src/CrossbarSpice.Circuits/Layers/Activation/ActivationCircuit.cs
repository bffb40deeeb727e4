using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Activation;

/// <summary>
/// An element-wise activation: fused behind the previous crossbar's readouts when it reads one, else an
/// <see cref="ElementStage"/> of its own. Circuits (docs/circuits.md): abs → the cascoded absolute-value circuit
/// ([P3]); relu → the rectifier; <c>boundedLinearTanh</c> with slope 1 (clamp(x, −L, L), the sequencer's
/// normalisation) → [P0]'s normalisation module, whose gain RN2/RN1 = 1 is fixed; other slopes → [P3]'s bounded-linear
/// amplifier. Sigmoid and tanh have no stand-alone stage circuit (they run inside the LSTM cells); the energy report
/// prices them as [P2]'s general sigmoid and the op-amp tanh.
/// </summary>
public sealed class ActivationCircuit : LayerCircuitOf<ActivationLayer>
{
    /// <inheritdoc />
    public override ElementCircuit? ElementCircuitOf(LayerNode layer, double voltsPerUnit)
    {
        var activation = Op(layer);
        return activation.Kind switch
        {
            ActivationKind.Abs => new ElementCircuit(ElementFunction.Abs),
            ActivationKind.Relu => new ElementCircuit(ElementFunction.Relu),
            ActivationKind.BoundedLinearTanh when activation.BoundedLinear!.Slope == 1 => new ElementCircuit(ElementFunction.Normalisation, 1, activation.BoundedLinear.Limit * voltsPerUnit),
            ActivationKind.BoundedLinearTanh => new ElementCircuit(ElementFunction.BoundedLinear, activation.BoundedLinear!.Slope, activation.BoundedLinear.Limit * voltsPerUnit),
            _ => null,
        };
    }

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var circuit = ElementCircuitOf(layer, planning.OutputVoltsPerUnit);
        planning.Add(circuit is null
            ? new UnsupportedStage([layer.Name], $"the {Op(layer).Kind} activation has no periphery circuit in the compiled design yet")
            : new ElementStage([layer.Name], $"{layer.Name}/deck.cir", ["Vin0"], [["out0"]], circuit));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is ElementStage ? new ElementLanes(shapes[layer.Inputs[0]].ElementCount) : StageLanes.None;
    }

    /// <summary>What the perfect circuit computes, in network units (written here, independent of the software reference).</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        var activation = Op(layer);
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = activation.Kind switch
            {
                ActivationKind.Relu => x[i] > 0 ? x[i] : 0.0,
                ActivationKind.Sigmoid => 1.0 / (1.0 + Math.Exp(-x[i])),
                ActivationKind.Tanh => Math.Tanh(x[i]),
                ActivationKind.Abs => Math.Abs(x[i]),
                ActivationKind.BoundedLinearTanh => Math.Clamp(activation.BoundedLinear!.Slope * x[i], -activation.BoundedLinear.Limit, activation.BoundedLinear.Limit),
                _ => throw new ArgumentOutOfRangeException(nameof(layer), activation.Kind, "unknown activation"),
            };
        }

        return y;
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.AddElementwise(layer, "activation", ModuleOf(Op(layer)), perChannelWhenStreamed: true);
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Op(layer).Kind == ActivationKind.BoundedLinearTanh ? TableThree.Normalisation : position.Previous ?? TableThree.Other;
    }

    /// <summary>The characterised module (docs/periphery.md) that computes <paramref name="activation"/>.</summary>
    public static string ModuleOf(ActivationLayer activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return activation.Kind switch
        {
            ActivationKind.Relu => "relu",
            ActivationKind.Abs => "abs",
            ActivationKind.BoundedLinearTanh when activation.BoundedLinear!.Slope == 1 => "normalisation",
            ActivationKind.BoundedLinearTanh => "bounded-tanh",
            ActivationKind.Sigmoid => "general-sigmoid",
            ActivationKind.Tanh => "tanh-amp",
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation.Kind, "unknown activation"),
        };
    }
}
