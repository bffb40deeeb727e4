using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>The arrays of an <c>.npz</c> archive read by <see cref="NpzReader.ReadWithStrings"/>.</summary>
/// <param name="Tensors">The numeric arrays, in entry order.</param>
/// <param name="Strings">The 1-D string arrays by name.</param>
public sealed record NpzContents(IReadOnlyList<Tensor> Tensors, IReadOnlyDictionary<string, IReadOnlyList<string>> Strings);
