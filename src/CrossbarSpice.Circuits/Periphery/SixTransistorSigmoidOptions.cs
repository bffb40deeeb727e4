namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Sizes and bias rails of the six-transistor sigmoid ([P0] Table I: Ts1–Ts6; docs/circuits.md §1). Widths and
/// lengths in m, voltages in V. The bias voltages are what the bench (or a shared bias ladder) applies to the ports.
/// </summary>
public sealed record SixTransistorSigmoidOptions
{
    /// <summary>Ts1 (NMOS low clamp) width, m; Table I 20 µm.</summary>
    public double Ts1Width { get; init; } = 20e-6;

    /// <summary>Ts2 (PMOS high clamp) width, m; Table I 20 µm.</summary>
    public double Ts2Width { get; init; } = 20e-6;

    /// <summary>Ts3 (NMOS centre conductance) width, m; Table I 19 µm.</summary>
    public double Ts3Width { get; init; } = 19e-6;

    /// <summary>Ts4 (PMOS centre conductance) width, m; Table I 18 µm.</summary>
    public double Ts4Width { get; init; } = 18e-6;

    /// <summary>Ts5 (NMOS diode back-stop) width, m; Table I 20 µm.</summary>
    public double Ts5Width { get; init; } = 20e-6;

    /// <summary>Ts6 (PMOS diode back-stop) width, m; Table I 20 µm.</summary>
    public double Ts6Width { get; init; } = 20e-6;

    /// <summary>Channel length of all six, m; Table I 0.18 µm.</summary>
    public double Length { get; init; } = 0.18e-6;

    /// <summary>V_Tb = σ(0) level, V; Table I 0.5 V.</summary>
    public double CentreVolts { get; init; } = 0.5;

    /// <summary>VBN gate bias of Ts3, V (1.25 V = V_Tb + 0.75 V, grid search of docs/circuits.md §1; not in the seed).</summary>
    public double NmosGateVolts { get; init; } = 1.25;

    /// <summary>VBP gate bias of Ts4, V (−0.45 V = V_Tb − 0.95 V, grid search of docs/circuits.md §1; not in the seed).</summary>
    public double PmosGateVolts { get; init; } = -0.45;
}
