using System.Globalization;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Parsers of the layers without weight matrices: activation, pooling, flatten, permute, layer normalisation.</summary>
internal static class ShapingLayerParsers
{
    /// <summary><c>{"activation"}</c>.</summary>
    public static LayerParts? Activation(JsonFields f) =>
        ActivationParser.Read(f, "activation", required: true) is { } layer ? LayerParts.Plain(layer) : null;

    /// <summary><c>{"kernel", "stride"?, "padding"?}</c>; stride defaults to the kernel, padding to 0.</summary>
    public static LayerParts? Pool(JsonFields f, bool max)
    {
        var kernel = f.Size("kernel", 1, fallback: null);
        var stride = f.Size("stride", 1, fallback: kernel);
        var padding = f.Size("padding", 0, fallback: Size2d.Square(0));
        if (kernel is not { } k || stride is not { } s || padding is not { } p)
        {
            return null;
        }

        return LayerParts.Plain(max ? new MaxPool2dLayer(k, s, p) : new AveragePool2dLayer(k, s, p));
    }

    /// <summary><c>{}</c>: no fields besides name, type and input.</summary>
    public static LayerParts GlobalAveragePool(JsonFields f) => LayerParts.Plain(new GlobalAveragePoolLayer());

    /// <summary><c>{}</c>: no fields besides name, type and input.</summary>
    public static LayerParts Flatten(JsonFields f) => LayerParts.Plain(new FlattenLayer());

    /// <summary><c>{"perm"}</c>: output axis i is input axis perm[i], a permutation of 0…rank−1.</summary>
    public static LayerParts? Permute(JsonFields f)
    {
        var perm = f.Shape("perm", 0, required: true);
        if (perm is null)
        {
            return null;
        }

        if (PermuteLayer.Problem(perm.Dimensions) is { } problem)
        {
            f.Context.Report(NetworkDiagnosticCode.OutOfRange, f.PathOf("perm"), $"expected a permutation of 0…{(perm.Rank - 1).ToString(CultureInfo.InvariantCulture)}, found {perm}: {problem}");
            return null;
        }

        return LayerParts.Plain(new PermuteLayer(perm.Dimensions));
    }

    /// <summary><c>{"normalizedShape", "weight"?, "bias"?, "epsilon"?}</c>; γ and β of the normalised shape, ε default 1e-5.</summary>
    public static LayerParts? LayerNorm(JsonFields f)
    {
        var shape = f.Shape("normalizedShape", 1, required: true);
        var tensors = new List<TensorRequirement>();
        var ok = TensorFields.Read(f, "weight", "weight", shape, "[normalizedShape] (γ)", required: false, tensors);
        ok &= TensorFields.Read(f, "bias", "bias", shape, "[normalizedShape] (β)", required: false, tensors);
        var epsilon = f.Number("epsilon", required: false) ?? 1e-5;
        if (epsilon <= 0)
        {
            f.Context.Report(NetworkDiagnosticCode.OutOfRange, f.PathOf("epsilon"), $"must be > 0, found {epsilon.ToString(CultureInfo.InvariantCulture)}");
            ok = false;
        }

        if (!ok || shape is null)
        {
            return null;
        }

        return new LayerParts(tensors, null, t => new LayerNormLayer(
            shape, TensorFields.Optional(t, "weight"), TensorFields.Optional(t, "bias"), epsilon));
    }

    /// <summary><c>{"inputs"}</c>: the element-wise sum of the two values named by the layer's <c>inputs</c> field.</summary>
    public static LayerParts Add(JsonFields f) => LayerParts.Plain(new AddLayer());

    /// <summary><c>{"shape"}</c>: row-major reshape of each sample to <c>shape</c>.</summary>
    public static LayerParts? Reshape(JsonFields f)
    {
        var shape = f.Shape("shape", 1, required: true);
        return shape is null ? null : LayerParts.Plain(new ReshapeLayer(shape));
    }

    /// <summary><c>{}</c>: softmax over the last axis.</summary>
    public static LayerParts Softmax(JsonFields f) => LayerParts.Plain(new SoftmaxLayer());

    /// <summary><c>{"inputs"}</c>: the matrix product a × b of the two values named by <c>inputs</c>.</summary>
    public static LayerParts MatMul(JsonFields f) => LayerParts.Plain(new MatMulLayer());

    /// <summary><c>{"channels", "scale", "shift", "activation"?}</c>: y_c = scale_c·x + shift_c over axis 0, both [channels].</summary>
    public static LayerParts? Affine(JsonFields f)
    {
        var channels = f.Integer("channels", 1, required: true);
        var tensors = new List<TensorRequirement>();
        var ok = TensorFields.Read(f, "scale", "scale", TensorFields.Shape(f, "scale", channels), "[channels]", required: true, tensors);
        ok &= TensorFields.Read(f, "shift", "shift", TensorFields.Shape(f, "shift", channels), "[channels]", required: true, tensors);
        var activation = ActivationParser.Read(f, "activation", required: false);
        if (!ok || channels is null)
        {
            return null;
        }

        return new LayerParts(tensors, activation, t => new AffineLayer(TensorFields.Required(t, "scale"), TensorFields.Required(t, "shift")));
    }
}
