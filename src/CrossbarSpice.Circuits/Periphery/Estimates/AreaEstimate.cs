namespace CrossbarSpice.Circuits.Periphery.Estimates;

/// <summary>
/// Estimated silicon area of a module: (Σ MOS footprints + resistor strips + capacitor plates + diodes) × layout
/// overhead, plus, per behavioural op-amp macromodel, the estimate of the CMOS op-amp it stands for.
/// </summary>
public static class AreaEstimate
{
    /// <summary>Area of <paramref name="inventory"/>, m².</summary>
    /// <param name="inventory">The module's devices.</param>
    /// <param name="factors">Layout assumptions.</param>
    /// <param name="macromodelStandInSquareMeters">Area charged per macromodel op-amp, m² (the CMOS op-amp's estimate).</param>
    public static double SquareMeters(DeviceInventory inventory, AreaFactors factors, double macromodelStandInSquareMeters)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(factors);
        var resistors = (inventory.TotalOhms / factors.SheetOhmsPerSquare * factors.ResistorWidthMeters * factors.ResistorWidthMeters)
            + (inventory.Resistors * 2 * 1e-12);
        var capacitors = inventory.TotalFarads / factors.CapacitanceFaradsPerSquareMeter;
        var diodes = inventory.Diodes * factors.DiodeSquareMeters;
        var devices = inventory.MosFootprintSquareMeters + resistors + capacitors + diodes;
        return (devices * factors.LayoutOverhead) + (inventory.MacromodelOpAmps * macromodelStandInSquareMeters);
    }
}
