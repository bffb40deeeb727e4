using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>A tensor an architecture layer names, with the shape its declared sizes imply.</summary>
/// <param name="Role">The field naming it, e.g. <c>weight</c>, <c>bias</c>, <c>forward.weightIh</c>.</param>
/// <param name="Reference">The field's value: a tensor name in the weights files, or a CSV file path ending in
/// <c>.csv</c>, relative to the architecture file.</param>
/// <param name="ExpectedShape">The shape the layer's declared sizes imply.</param>
/// <param name="ShapeMeaning">The expected shape in words, e.g. <c>[outFeatures, inFeatures]</c>.</param>
/// <param name="JsonPath">JSON path of the field, e.g. <c>$.layers[0].weight</c>.</param>
public sealed record TensorRequirement(string Role, string Reference, TensorShape ExpectedShape, string ShapeMeaning, string JsonPath)
{
    /// <summary>True when <see cref="Reference"/> names a CSV file (ends with <c>.csv</c>, any case) rather than a tensor.</summary>
    public bool IsCsvFile => Reference.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
