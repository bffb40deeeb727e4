using System.Globalization;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Ops;

namespace CrossbarSpice.Reference;

/// <summary>
/// The software reference of a network: a float64 forward pass of the IR, layer by layer, keeping every value. Run
/// on the trained weights it is the <c>ideal</c> fidelity level; built with <see cref="WithWeights"/> from a
/// conductance plan's effective weights it is the <c>mapped</c> level. It shares no arithmetic with the mapping and
/// circuit code it checks. Immutable and thread-safe: one instance may run many samples in parallel.
/// </summary>
public sealed class ReferenceNetwork
{
    /// <summary>Prepares the forward pass of <paramref name="graph"/> with its own weights.</summary>
    /// <param name="graph">A valid network.</param>
    /// <exception cref="NetworkValidationException">The graph is not valid.</exception>
    public ReferenceNetwork(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Shapes = graph.InferShapes();
        Graph = graph;
    }

    /// <summary>The network computed (with substituted weights when built by <see cref="WithWeights"/>).</summary>
    public NetworkGraph Graph { get; }

    /// <summary>The per-sample shape of every value (inputs and layer outputs), by value name.</summary>
    public IReadOnlyDictionary<string, TensorShape> Shapes { get; }

    /// <summary>
    /// The forward pass of <paramref name="graph"/> with crossbar weights replaced, e.g. by each
    /// <c>LayerPlan.EffectiveWeights()</c> for the <c>mapped</c> level; see <see cref="CrossbarWeights.Substitute"/>
    /// for names and layouts (conv: im2col [outC × inC·kH·kW]; LSTM: [W_ih | W_hh] with b_ih + b_hh).
    /// </summary>
    /// <param name="graph">A valid network.</param>
    /// <param name="crossbarWeights">(W row-major [outputs × inputs], b [outputs] or empty) by crossbar name; crossbars not
    /// given keep their trained weights.</param>
    /// <exception cref="ReferenceException">A name or size that matches no crossbar.</exception>
    /// <exception cref="NetworkValidationException">The graph is not valid.</exception>
    public static ReferenceNetwork WithWeights(NetworkGraph graph, IReadOnlyDictionary<string, (double[] W, double[] b)> crossbarWeights) =>
        new(CrossbarWeights.Substitute(graph, crossbarWeights));

    /// <summary>Runs one sample through a single-input network.</summary>
    /// <param name="input">The input's values, row-major in its per-sample shape (e.g. [1, 28, 28] grey levels in volts).</param>
    /// <exception cref="ReferenceException">The network has several inputs or the length does not match the input shape.</exception>
    public ForwardResult Forward(ReadOnlySpan<double> input)
    {
        if (Graph.Inputs.Count != 1)
        {
            throw new ReferenceException(Graph.Name, $"the network has {Graph.Inputs.Count.ToString(CultureInfo.InvariantCulture)} inputs; pass them by name");
        }

        var first = Graph.Inputs[0];
        return Run(new Dictionary<string, Tensor>(StringComparer.Ordinal) { [first.Name] = Wrap(first, input) });
    }

    /// <summary>Runs one sample through the network.</summary>
    /// <param name="inputs">Every network input's values by input name, row-major in its per-sample shape.</param>
    /// <exception cref="ReferenceException">An input missing, unknown or of the wrong length.</exception>
    public ForwardResult Forward(IReadOnlyDictionary<string, double[]> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var unknown = inputs.Keys.FirstOrDefault(name => Graph.Inputs.All(i => i.Name != name));
        if (unknown is not null)
        {
            throw new ReferenceException(unknown, $"not an input of the network; inputs: {string.Join(", ", Graph.Inputs.Select(i => i.Name))}");
        }

        var values = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var input in Graph.Inputs)
        {
            values[input.Name] = inputs.TryGetValue(input.Name, out var data)
                ? Wrap(input, data)
                : throw new ReferenceException(input.Name, $"no values given for this input of shape {input.Shape}");
        }

        return Run(values);
    }

    private ForwardResult Run(Dictionary<string, Tensor> values)
    {
        var order = new List<string>(values.Keys);
        foreach (var layer in Graph.Layers)
        {
            var output = LayerForward.Apply(layer.Op, [.. layer.Inputs.Select(input => values[input])], layer.Outputs[0]);
            values[layer.Outputs[0]] = output;
            order.Add(layer.Outputs[0]);
        }

        return new ForwardResult(Graph, values, order);
    }

    private static Tensor Wrap(NetworkInput input, ReadOnlySpan<double> data)
    {
        if (data.Length != input.Shape.ElementCount)
        {
            throw new ReferenceException(
                input.Name,
                $"expects {input.Shape.ElementCount.ToString(CultureInfo.InvariantCulture)} values (shape {input.Shape}), got {data.Length.ToString(CultureInfo.InvariantCulture)}");
        }

        return new Tensor(input.Name, input.Shape, data);
    }
}
