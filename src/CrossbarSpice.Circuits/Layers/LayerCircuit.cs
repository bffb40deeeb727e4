using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// Everything one layer kind means in hardware, in one place (as SpiceSharp keeps an entity's behaviours beside it):
/// the crossbar matrices it maps onto, the circuit stage that computes it, how the staged levels cut its tensors into
/// lanes, how the <c>wired</c> level evaluates it, the crossbar reads it makes per inference and the peripheral modules
/// the energy report prices for it. <see cref="LayerCircuits"/> is the registry; docs/extending.md walks through adding
/// a kind. Outside this folder, Core, the software reference and the importers, no code decides by layer type.
/// </summary>
public abstract class LayerCircuit
{
    /// <summary>The crossbar matrices of <paramref name="layer"/>, in the compiler's order; empty for periphery-only kinds.</summary>
    public virtual IReadOnlyList<CrossbarMatrix> CrossbarMatrices(LayerNode layer) => [];

    /// <summary>False for kinds whose stage needs no CMOS process card (crossbars with bare readouts, wiring).</summary>
    public virtual bool NeedsPeriphery => true;

    /// <summary>True for recurrent kinds whose cells hold h and c between steps (sample-and-hold).</summary>
    public virtual bool IsRecurrent => false;

    /// <summary>
    /// Adds the stage(s) computing the layer at <paramref name="index"/> of <paramref name="planning"/>.
    /// </summary>
    /// <returns>How many layers the stage computes (2 when it fuses the next layer's circuit behind its readouts).</returns>
    public abstract int Plan(StagePlanning planning, int index);

    /// <summary>The element-wise circuit that computes <paramref name="layer"/> when it is fused behind a crossbar's
    /// readouts (or stands on its own), at <paramref name="voltsPerUnit"/>; null when the kind has none.</summary>
    public virtual ElementCircuit? ElementCircuitOf(LayerNode layer, double voltsPerUnit) => null;

    /// <summary>How a staged level cuts <paramref name="layer"/>'s input into lanes for <paramref name="stage"/>.</summary>
    public virtual StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) => StageLanes.None;

    /// <summary>The <c>wired</c> level's output of <paramref name="layer"/> for input <paramref name="x"/> (network units).</summary>
    public abstract double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation);

    /// <summary>
    /// The <c>wired</c> level's output of <paramref name="layer"/> for its input values <paramref name="inputs"/>, one
    /// per name of <see cref="LayerNode.Inputs"/> (network units). The levels call this one; a kind of one input keeps
    /// the default, which passes its single input to <see cref="Wired(LayerNode, double[], WiredEvaluation)"/>.
    /// </summary>
    public virtual double[] Wired(LayerNode layer, IReadOnlyList<double[]> inputs, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Wired(layer, inputs[0], evaluation);
    }

    /// <summary>Reads of each of the layer's crossbars per inference (0 without crossbars).</summary>
    public virtual int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) => 0;

    /// <summary>The row vectors (network units, without the bias row) crossbar <paramref name="cell"/> of <paramref name="layer"/>
    /// reads in one inference, rebuilt from the layer's input <paramref name="x"/> and output <paramref name="y"/>.</summary>
    public virtual IEnumerable<double[]> Reads(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes) => [];

    /// <summary>Adds the peripheral modules the layer needs per inference to <paramref name="planning"/>.</summary>
    public abstract void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning);

    /// <summary>The values held on sample-and-holds between steps, sampled once per step; null for feed-forward kinds.</summary>
    public virtual HeldValues? HeldValuesPerStep(LayerNode layer) => null;

    /// <summary>The layer's category in [P0] Table III ([P0]); null for wiring, which has no rows.</summary>
    public abstract string? TableThreeCategory(LayerNode layer, TableThreePosition position);
}
