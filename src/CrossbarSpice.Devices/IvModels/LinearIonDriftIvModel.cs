namespace CrossbarSpice.Devices.IvModels;

/// <summary>
/// HP linear ion drift ([P4] eqs. 1–2; Strukov 2008): R = Ron·x + Roff·(1 − x), x = w/D;
/// dx/dt = μv·Ron/D²·i·f(x) with a Joglekar or Biolek window. x = 1 is Ron; positive current drives toward Ron.
/// </summary>
public sealed record LinearIonDriftIvModel : IvModel
{
    /// <inheritdoc />
    public override IvModelKind Kind => IvModelKind.LinearIonDrift;

    /// <summary>Film thickness D, m, &gt; 0.</summary>
    public required double ThicknessMeters { get; init; }

    /// <summary>Mean ion mobility μv, m²/(V·s), &gt; 0.</summary>
    public required double MobilitySquareMetersPerVoltSecond { get; init; }

    /// <summary>Window function.</summary>
    public required IonDriftWindow Window { get; init; }

    /// <summary>Window exponent p, integer ≥ 1.</summary>
    public required int WindowExponent { get; init; }

    /// <summary>Initial state x0 = w0/D, 0–1 (default 0.1).</summary>
    public required double InitialState { get; init; }
}
