namespace CrossbarSpice.Circuits.Periphery.Estimates;

/// <summary>
/// Layout assumptions of the area estimate (first-order, 180 nm; documented in docs/periphery.md). Immutable; the
/// defaults are typical of a 0.18 µm mixed-signal process, not of a specific design kit.
/// </summary>
public sealed record AreaFactors
{
    /// <summary>Contacted source/drain length added on each side of the gate, m (0.48 µm ≈ 2.7 λ at 180 nm).</summary>
    public double DiffusionExtensionMeters { get; init; } = 0.48e-6;

    /// <summary>Layout overhead on the sum of device footprints (spacing, wells, routing), ≥ 1 (default 2).</summary>
    public double LayoutOverhead { get; init; } = 2.0;

    /// <summary>Sheet resistance of the resistor layer (high-resistance poly), Ω/□ (1 kΩ/□).</summary>
    public double SheetOhmsPerSquare { get; init; } = 1e3;

    /// <summary>Resistor strip width, m (1 µm); a resistor of R covers (R/R□)·width² plus two 1 µm² contact heads.</summary>
    public double ResistorWidthMeters { get; init; } = 1e-6;

    /// <summary>Capacitor density (MIM), F/m² (1 fF/µm² = 1e-3 F/m²).</summary>
    public double CapacitanceFaradsPerSquareMeter { get; init; } = 1e-3;

    /// <summary>Area of one junction diode, m² (4 µm²).</summary>
    public double DiodeSquareMeters { get; init; } = 4e-12;
}
