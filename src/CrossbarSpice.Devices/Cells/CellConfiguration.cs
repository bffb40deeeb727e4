namespace CrossbarSpice.Devices.Cells;

/// <summary>The cell a memristor card's device sits in.</summary>
public abstract record CellConfiguration
{
    /// <summary>Which cell.</summary>
    public abstract CellKind Kind { get; }
}
