namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Resistors and reference of the op-amp tanh stage ([P0] A1, Rs1–Rs4; docs/circuits.md §2):
/// V_out = (1 + Rs2/Rs1)·Rs4/(Rs3 + Rs4)·V_sig − (Rs2/Rs1)·V_ref. Defaults: Table I (amplitude 0.675 V).
/// </summary>
public sealed record TanhAmplifierOptions
{
    /// <summary>Rs1, V_ref → inverting input, Ω; Table I 1 kΩ.</summary>
    public double Rs1Ohms { get; init; } = 1e3;

    /// <summary>Rs2, inverting input → output, Ω; Table I 1.7 kΩ.</summary>
    public double Rs2Ohms { get; init; } = 1.7e3;

    /// <summary>Rs3, V_sig → non-inverting input, Ω; Table I 1 kΩ; 0 means a short (unity form).</summary>
    public double Rs3Ohms { get; init; } = 1e3;

    /// <summary>Rs4, non-inverting input → ground, Ω; Table I 1 kΩ; <see cref="double.PositiveInfinity"/> means absent.</summary>
    public double Rs4Ohms { get; init; } = 1e3;

    /// <summary>V_ref, V: 0.397 V makes the Table-I form 0.675·(2V_sig − 1) (docs/circuits.md §2a).</summary>
    public double ReferenceVolts { get; init; } = 0.397;

    /// <summary>Op-amp A1 (default the CMOS op-amp).</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;

    /// <summary>Unity-amplitude form (b) of docs/circuits.md §2: Rs3 shorted, Rs4 open, Rs1 = Rs2 = 1 kΩ, V_ref = 1 V → 2V_sig − 1.</summary>
    public static TanhAmplifierOptions UnityAmplitude { get; } = new()
    {
        Rs2Ohms = 1e3, Rs3Ohms = 0, Rs4Ohms = double.PositiveInfinity, ReferenceVolts = 1.0,
    };

    /// <summary>Gain on V_sig, V/V: (1 + Rs2/Rs1)·Rs4/(Rs3 + Rs4).</summary>
    public double SignalGain => (1 + (Rs2Ohms / Rs1Ohms)) * (double.IsPositiveInfinity(Rs4Ohms) ? 1 : Rs4Ohms / (Rs3Ohms + Rs4Ohms));

    /// <summary>Output offset, V: −(Rs2/Rs1)·V_ref.</summary>
    public double OffsetVolts => -(Rs2Ohms / Rs1Ohms) * ReferenceVolts;
}
