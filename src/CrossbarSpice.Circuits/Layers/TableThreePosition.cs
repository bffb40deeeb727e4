namespace CrossbarSpice.Circuits.Layers;

/// <summary>Where a layer sits, for its Table III category (<see cref="LayerCircuit.TableThreeCategory"/>).</summary>
/// <param name="IsFirstCrossbar">True for the network's first layer with a crossbar (a patch embedding candidate).</param>
/// <param name="IsHead">True after the last global average pooling, or (without one) for the last layer of its kind.</param>
/// <param name="Previous">The category of the nearest earlier layer that has one, or null.</param>
public sealed record TableThreePosition(bool IsFirstCrossbar, bool IsHead, string? Previous);
