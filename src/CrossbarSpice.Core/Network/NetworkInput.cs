using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// A named input of the network with its per-sample shape (no batch dimension): [C, H, W] for images, [N] for feature
/// vectors, [T, N] for a sequence of T steps (LSTMs).
/// </summary>
/// <param name="Name">Value name layers refer to, non-blank, unique among values.</param>
/// <param name="Shape">Per-sample shape; every dimension ≥ 1.</param>
public sealed record NetworkInput(string Name, TensorShape Shape);
