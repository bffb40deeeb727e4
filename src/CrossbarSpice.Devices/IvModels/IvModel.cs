namespace CrossbarSpice.Devices.IvModels;

/// <summary>
/// The I–V model of a memristor. Resistances come from the card's conductance range (Ron, Roff); the model adds
/// its own dynamics. Dynamic models keep a state x ∈ [0, 1] (a capacitor voltage in SPICE).
/// </summary>
public abstract record IvModel
{
    /// <summary>Which model this is.</summary>
    public abstract IvModelKind Kind { get; }

    /// <summary>Whether the model has a state that the applied voltage changes.</summary>
    public bool IsDynamic => Kind != IvModelKind.Static;
}
