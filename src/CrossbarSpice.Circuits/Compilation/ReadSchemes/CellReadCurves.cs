using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.ReadSchemes;

namespace CrossbarSpice.Circuits.Compilation.ReadSchemes;

/// <summary>Samples a non-linear cell's <see cref="CellReadCurve"/> with the exact solver: one row of cells with ideal
/// wires, every cell at the read voltage, G_eff = the memristor's current / V_read.</summary>
public static class CellReadCurves
{
    /// <summary>Samples evenly spaced in G over the device range (the card's levels are added as exact samples).</summary>
    public const int Samples = 257;

    /// <summary>The curve of <paramref name="wired"/>'s cell over <paramref name="device"/> at <paramref name="readVolts"/>.</summary>
    /// <exception cref="ArgumentException">The cell's read current does not rise with G at that voltage.</exception>
    public static CellReadCurve Sample(WiredTiles wired, DeviceRange device, double readVolts)
    {
        ArgumentNullException.ThrowIfNull(wired);
        ArgumentNullException.ThrowIfNull(device);
        var grid = Enumerable.Range(0, Samples)
            .Select(i => device.GminSiemens + ((device.GmaxSiemens - device.GminSiemens) * i / (Samples - 1)))
            .Concat(device.Levels?.ConductancesSiemens ?? [])
            .Distinct()
            .Order()
            .ToArray();
        var tile = TileCircuits.For(new ConductanceMatrix(1, grid.Length, grid), 0, 0, wired.Cell.Selector, wired.Cell.AccessTransistor);
        var effective = wired.Solver.EffectiveSiemens(tile, readVolts);
        return new CellReadCurve(readVolts, grid, effective);
    }
}
