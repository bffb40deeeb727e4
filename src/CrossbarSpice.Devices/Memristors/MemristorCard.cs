using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.IvModels;

namespace CrossbarSpice.Devices.Memristors;

/// <summary>
/// A memristor device card: conductance range and levels, non-idealities, read conditions, area, the I–V model
/// the SPICE subcircuit implements, and the cell the device sits in (passive, 1S1M or 1T1M).
/// </summary>
public sealed record MemristorCard : DeviceCard
{
    /// <inheritdoc />
    public override DeviceCardKind Kind => DeviceCardKind.Memristor;

    /// <summary>Low-resistance-state resistance, Ω, finite, &gt; 0, &lt; <see cref="RoffOhms"/>.</summary>
    public required double RonOhms { get; init; }

    /// <summary>High-resistance-state resistance, Ω, finite, &gt; <see cref="RonOhms"/>.</summary>
    public required double RoffOhms { get; init; }

    /// <summary>Lowest conductance 1/Roff, S.</summary>
    public double GminSiemens => 1.0 / RoffOhms;

    /// <summary>Highest conductance 1/Ron, S.</summary>
    public double GmaxSiemens => 1.0 / RonOhms;

    /// <summary>Programmable levels, strictly increasing, within [Gmin, Gmax].</summary>
    public required ConductanceLevels Levels { get; init; }

    /// <summary>Programming (write) error: σ of G_programmed/G_target − 1, dimensionless, ≥ 0.</summary>
    public required double ProgrammingErrorRelativeSigma { get; init; }

    /// <summary>Device-to-device variation: σ of a device's Gmin/Gmax relative to the nominal, dimensionless, ≥ 0.</summary>
    public required double DeviceToDeviceRelativeSigma { get; init; }

    /// <summary>Read noise: σ of one read's G relative to the programmed G, dimensionless, ≥ 0.</summary>
    public required double ReadNoiseRelativeSigma { get; init; }

    /// <summary>Stuck-at faults: stuck conductances and fault fractions.</summary>
    public required StuckAtFaults StuckAt { get; init; }

    /// <summary>Drift (aging) law.</summary>
    public required DriftModel Drift { get; init; }

    /// <summary>Read voltage across the cell, V, finite, &gt; 0.</summary>
    public required double ReadVoltageVolts { get; init; }

    /// <summary>Read pulse width, s, finite, &gt; 0.</summary>
    public required double ReadPulseWidthSeconds { get; init; }

    /// <summary>Area of one cell (device plus selector or access transistor), m², finite, &gt; 0.</summary>
    public required double CellAreaSquareMeters { get; init; }

    /// <summary>The I–V model the device's SPICE subcircuit implements.</summary>
    public required IvModel IvModel { get; init; }

    /// <summary>The cell: passive, with a selector (1S1M) or with an access transistor (1T1M).</summary>
    public required CellConfiguration Cell { get; init; }
}
