namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// How a stage's input tensor is cut into lanes (the input vectors one copy of the stage's circuit sees) and how the
/// lanes' outputs are put back into the stage's output tensors, one per computed layer. Each layer kind that has a
/// lane-wise stage gives its own (<see cref="LayerCircuit.Lanes"/>). Tensors are row-major [C, H, W] (tokens
/// [H, W, C]); the values are network units, or net names when the whole network is wired as one netlist.
/// </summary>
public abstract class StageLanes
{
    /// <summary>No lanes: stages a staged level does not cut (wiring, LSTM cells, unsupported).</summary>
    public static StageLanes None { get; } = new NoLanes();

    /// <summary>Lanes per sample.</summary>
    public abstract int Count { get; }

    /// <summary>Input vector of lane <paramref name="lane"/> of tensor <paramref name="x"/>; <paramref name="zero"/> fills padding.</summary>
    public abstract T[] Input<T>(T[] x, int lane, T zero);

    /// <summary>
    /// Input vector of lane <paramref name="lane"/> of the stage's input tensors <paramref name="inputs"/> (one per input
    /// value of the stage's first layer, in op order); the levels call this one. By default the lane is cut from the
    /// single input; a stage of two inputs (an adder) overrides it.
    /// </summary>
    public virtual T[] LaneInput<T>(IReadOnlyList<T[]> inputs, int lane, T zero)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Input(inputs[0], lane, zero);
    }

    /// <summary>Input vector of lane <paramref name="lane"/> of tensor <paramref name="x"/>, padding at 0.</summary>
    public double[] Input(double[] x, int lane) => Input(x, lane, 0.0);

    /// <summary>Puts lane outputs (per lane: per computed layer, its outputs) into tensors, one per computed layer;
    /// by default lane after lane.</summary>
    public virtual T[][] Assemble<T>(IReadOnlyList<T[][]> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        var layers = lanes[0].Length;
        var result = new T[layers][];
        for (var l = 0; l < layers; l++)
        {
            result[l] = lanes.SelectMany(lane => lane[l]).ToArray();
        }

        return result;
    }

    private sealed class NoLanes : StageLanes
    {
        public override int Count => 0;

        public override T[] Input<T>(T[] x, int lane, T zero) => [x[lane]];
    }
}
