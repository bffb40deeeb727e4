namespace CrossbarSpice.Devices.Cells;

/// <summary>MOSFET channel type.</summary>
public enum TransistorPolarity
{
    /// <summary>n-channel.</summary>
    Nmos,

    /// <summary>p-channel.</summary>
    Pmos,
}
