using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Parsers of the crossbar layers with weight matrices: <c>dense</c> and <c>conv2d</c>.</summary>
internal static class LinearLayerParsers
{
    /// <summary><c>{"inFeatures", "outFeatures", "weight", "bias"?, "activation"?}</c>; weight [out, in], bias [out].</summary>
    public static LayerParts? Dense(JsonFields f)
    {
        var inputs = f.Integer("inFeatures", 1, required: true);
        var outputs = f.Integer("outFeatures", 1, required: true);
        var tensors = new List<TensorRequirement>();
        var ok = TensorFields.Read(f, "weight", "weight", TensorFields.Shape(f, "weight", outputs, inputs), "[outFeatures, inFeatures]", required: true, tensors);
        ok &= TensorFields.Read(f, "bias", "bias", TensorFields.Shape(f, "bias", outputs), "[outFeatures]", required: false, tensors);
        var activation = ActivationParser.Read(f, "activation", required: false);
        if (!ok || inputs is null || outputs is null)
        {
            return null;
        }

        return new LayerParts(tensors, activation, t => new DenseLayer(
            WeightMatrix.FromTensor(TensorFields.Required(t, "weight")),
            TensorFields.Optional(t, "bias") is { } bias ? BiasVector.FromTensor(bias) : null));
    }

    /// <summary>
    /// <c>{"inChannels", "outChannels", "kernel", "stride"?, "padding"?, "weight", "bias"?, "activation"?}</c>;
    /// weight [outC, inC, kH, kW], bias [outC]; stride defaults to 1, padding to 0.
    /// </summary>
    public static LayerParts? Conv2d(JsonFields f)
    {
        var inChannels = f.Integer("inChannels", 1, required: true);
        var outChannels = f.Integer("outChannels", 1, required: true);
        var kernel = f.Size("kernel", 1, fallback: null);
        var stride = f.Size("stride", 1, fallback: Size2d.Square(1));
        var padding = f.Size("padding", 0, fallback: Size2d.Square(0));
        var tensors = new List<TensorRequirement>();
        var kernelShape = TensorFields.Shape(f, "weight", outChannels, inChannels, kernel?.Height, kernel?.Width);
        var ok = TensorFields.Read(f, "weight", "weight", kernelShape, "[outChannels, inChannels, kernelHeight, kernelWidth]", required: true, tensors);
        ok &= TensorFields.Read(f, "bias", "bias", TensorFields.Shape(f, "bias", outChannels), "[outChannels]", required: false, tensors);
        var activation = ActivationParser.Read(f, "activation", required: false);
        if (!ok || kernelShape is null || stride is not { } step || padding is not { } pad)
        {
            return null;
        }

        return new LayerParts(tensors, activation, t => new Conv2dLayer(
            TensorFields.Required(t, "weight"),
            TensorFields.Optional(t, "bias") is { } bias ? BiasVector.FromTensor(bias) : null,
            step,
            pad));
    }
}
