namespace CrossbarSpice.Circuits.Periphery;

/// <summary>ReLU resistors ([P0] eq. 8, Table I: Rr1–Rr3), Ω. V_out = Rr1·Rr3/Rr2·I for I ≥ 0, else 0.</summary>
public sealed record ReluRectifierOptions
{
    /// <summary>Rr1, rectifier transresistance, Ω; Table I 10 kΩ (sets the input range: −Rr1·I above A1's swing).</summary>
    public double Rr1Ohms { get; init; } = 10e3;

    /// <summary>Rr2, inverting-amplifier input resistor, Ω; Table I 10 kΩ.</summary>
    public double Rr2Ohms { get; init; } = 10e3;

    /// <summary>Rr3, inverting-amplifier feedback, Ω; Table I 1 kΩ.</summary>
    public double Rr3Ohms { get; init; } = 1e3;

    /// <summary>Op-amps A1–A3.</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;

    /// <summary>Overall transresistance Rr1·Rr3/Rr2, Ω (1 kΩ with Table I).</summary>
    public double TransresistanceOhms => Rr1Ohms * Rr3Ohms / Rr2Ohms;
}
