namespace CrossbarSpice.Devices.IvModels;

/// <summary>
/// Threshold model of [P4] eq. 3, used as printed: R = Ron·x + Roff·(1 − x), x = w/D;
/// dx/dt = μv·Ron/D²·ioff/(i − i0)·f(x) for v &gt; VT+ &gt; 0; 0 for VT− ≤ v ≤ VT+; μv·Ron/D²·i/ion·f(x) for v &lt; VT− &lt; 0,
/// with a Biolek window f(x) = 1 − (x − u(−i))^(2p), which, unlike Joglekar's, lets the state leave either bound. x = 1 is Ron: above VT+ the device SETs, below VT− it RESETs.
/// The printed equation is not dimensionally consistent (μv·Ron/D carries 1/A); the current ratios are used as
/// printed, so the prefactor μv·Ron/D² reads as a rate in 1/s.
/// </summary>
public sealed record ThresholdIvModel : IvModel
{
    /// <inheritdoc />
    public override IvModelKind Kind => IvModelKind.Threshold;

    /// <summary>Film thickness D, m, &gt; 0.</summary>
    public required double ThicknessMeters { get; init; }

    /// <summary>Mean ion mobility μv, m²/(V·s), &gt; 0.</summary>
    public required double MobilitySquareMetersPerVoltSecond { get; init; }

    /// <summary>Positive threshold VT+, V, &gt; 0.</summary>
    public required double PositiveThresholdVolts { get; init; }

    /// <summary>Negative threshold VT−, V, &lt; 0.</summary>
    public required double NegativeThresholdVolts { get; init; }

    /// <summary>i_on of eq. 3, A, &gt; 0.</summary>
    public required double OnCurrentAmperes { get; init; }

    /// <summary>i_off of eq. 3, A, &gt; 0.</summary>
    public required double OffCurrentAmperes { get; init; }

    /// <summary>i0 of eq. 3, A, finite, &lt; VT+/Roff so that i − i0 &gt; 0 wherever v &gt; VT+.</summary>
    public required double OffsetCurrentAmperes { get; init; }

    /// <summary>Biolek window exponent p, integer ≥ 1.</summary>
    public required int WindowExponent { get; init; }

    /// <summary>Initial state x0 = w0/D, 0–1 (default 0: HRS).</summary>
    public required double InitialState { get; init; }
}
