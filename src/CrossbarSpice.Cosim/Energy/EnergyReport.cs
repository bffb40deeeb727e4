namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Energy per inference and area of every module of a compiled design, with the conditions they hold for. The total
/// is the sum of the rows. Immutable.
/// </summary>
public sealed record EnergyReport
{
    /// <summary>Design name.</summary>
    public required string Design { get; init; }

    /// <summary>Rows in report order (layers in network order, then I/O, then control).</summary>
    public required IReadOnlyList<ModuleRow> Rows { get; init; }

    /// <summary>Duration of one crossbar read (the memristor card's read pulse width), s.</summary>
    public required double ReadSeconds { get; init; }

    /// <summary>The memristor card's read voltage, V (the design applies its own input scale, see <see cref="InputVoltsPerUnit"/>).</summary>
    public required double CardReadVolts { get; init; }

    /// <summary>Row volts per network unit the design applies, V.</summary>
    public required double InputVoltsPerUnit { get; init; }

    /// <summary>Sequential read steps per inference (Σ reads of every crossbar: layers in turn, convolutions pixel by pixel).</summary>
    public required long StepsPerInference { get; init; }

    /// <summary>Inferences per second at which power is stated, 1/s.</summary>
    public required double InferencesPerSecond { get; init; }

    /// <summary>How <see cref="InferencesPerSecond"/> was chosen.</summary>
    public required string RateBasis { get; init; }

    /// <summary>Which inputs the array energies were measured on.</summary>
    public required string InputsBasis { get; init; }

    /// <summary>Process the periphery was simulated on, e.g. <c>cmos-180nm_bsim3_1.8V</c>.</summary>
    public required string ProcessKey { get; init; }

    /// <summary>Σ energy per inference, J.</summary>
    public double TotalJoules => Rows.Sum(r => r.JoulesPerInference);

    /// <summary>Σ area, m².</summary>
    public double TotalSquareMeters => Rows.Sum(r => r.AreaSquareMeters);

    /// <summary>Power of <paramref name="joulesPerInference"/> at the stated rate, W.</summary>
    public double Watts(double joulesPerInference) => joulesPerInference * InferencesPerSecond;
}
