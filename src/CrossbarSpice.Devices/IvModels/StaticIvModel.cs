namespace CrossbarSpice.Devices.IvModels;

/// <summary>Ohmic read model: I = G·V for a conductance G chosen per device (within [Gmin, Gmax]); no state.</summary>
public sealed record StaticIvModel : IvModel
{
    /// <inheritdoc />
    public override IvModelKind Kind => IvModelKind.Static;
}
