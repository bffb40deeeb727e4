namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// General activation circuit values ([P2] eqs. 11–13; docs/circuits.md §8). Sizes in m, currents in A,
/// resistances in Ω, voltages in V.
/// </summary>
public sealed record GeneralActivationOptions
{
    /// <summary>Imax, tail current, A (100 µA).</summary>
    public double TailAmperes { get; init; } = 100e-6;

    /// <summary>Pair M1/M2 width, m (4 µm, L 1 µm: long channel for square-law behaviour).</summary>
    public double PairWidth { get; init; } = 4e-6;

    /// <summary>Sigmoid output resistor ROS, Ω (10 kΩ nominal trimmed −3 % for the mirror: 9.7 kΩ).</summary>
    public double SigmoidOhms { get; init; } = 9.7e3;

    /// <summary>Tanh output resistor ROT, Ω (20 kΩ trimmed: 19.4 kΩ).</summary>
    public double TanhOhms { get; init; } = 19.4e3;

    /// <summary>Tanh output reference VSS_tanh, V (−1 V; the sigmoid reference is ground).</summary>
    public double TanhReferenceVolts { get; init; } = -1.0;
}
