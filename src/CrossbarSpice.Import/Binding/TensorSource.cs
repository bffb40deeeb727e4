using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Binding;

/// <summary>A tensor read from a weights file, with that file and whether it came from CSV text.</summary>
/// <param name="Tensor">The tensor as read.</param>
/// <param name="File">The file it was read from, as given.</param>
/// <param name="IsCsvMatrix">True for a CSV matrix, whose [rows, columns] may be reshaped to the expected shape.</param>
internal sealed record TensorSource(Tensor Tensor, string File, bool IsCsvMatrix);
