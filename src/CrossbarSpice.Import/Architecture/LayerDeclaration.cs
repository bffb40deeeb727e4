using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>
/// A layer as the architecture file declares it, before its tensors are bound: name, type, input value, the tensors it
/// needs with their expected shapes, and the activation its <c>activation</c> field adds after it.
/// </summary>
public sealed class LayerDeclaration
{
    private readonly Func<IReadOnlyDictionary<string, Tensor>, LayerOp> build;

    internal LayerDeclaration(
        string name,
        string type,
        string jsonPath,
        string? input,
        IReadOnlyList<TensorRequirement> tensors,
        ActivationLayer? activation,
        Func<IReadOnlyDictionary<string, Tensor>, LayerOp> build)
    {
        Name = name;
        Type = type;
        JsonPath = jsonPath;
        Input = input;
        Tensors = tensors;
        Activation = activation;
        this.build = build;
    }

    /// <summary>The layer name (unique; also the name of the value it outputs).</summary>
    public string Name { get; }

    /// <summary>The <c>type</c> field, e.g. <c>dense</c>.</summary>
    public string Type { get; }

    /// <summary>JSON path of the layer object, e.g. <c>$.layers[2]</c>.</summary>
    public string JsonPath { get; }

    /// <summary>Value the layer reads (its <c>input</c> field), or null for the previous layer's output.</summary>
    public string? Input { get; }

    /// <summary>Values a layer of several inputs reads (its <c>inputs</c> field, e.g. an add's two), or null.</summary>
    public IReadOnlyList<string>? Inputs { get; init; }

    /// <summary>The tensors the layer needs; optional ones the file leaves out are not listed.</summary>
    public IReadOnlyList<TensorRequirement> Tensors { get; }

    /// <summary>Activation applied to the layer's output (its <c>activation</c> field), or null.</summary>
    public ActivationLayer? Activation { get; }

    /// <summary>Builds the op from validated tensors keyed by <see cref="TensorRequirement.Role"/>, each of the expected shape.</summary>
    /// <exception cref="ArgumentException">A tensor is missing, mis-shaped or non-finite (a caller bug: validate first).</exception>
    public LayerOp Build(IReadOnlyDictionary<string, Tensor> tensorsByRole)
    {
        ArgumentNullException.ThrowIfNull(tensorsByRole);
        return build(tensorsByRole);
    }
}
