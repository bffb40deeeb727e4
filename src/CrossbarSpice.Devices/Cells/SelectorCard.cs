namespace CrossbarSpice.Devices.Cells;

/// <summary>A selector device of a 1S1M cell. Static (no hysteresis) and symmetric in V.</summary>
public abstract record SelectorCard
{
    /// <summary>Which I–V law.</summary>
    public abstract SelectorKind Kind { get; }
}
