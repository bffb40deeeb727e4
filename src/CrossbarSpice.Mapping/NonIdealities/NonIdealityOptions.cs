namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>
/// Device non-idealities applied when weights are programmed, each its own switchable section (null = off)
/// with its own random stream. Applied in this order to each device: quantisation to the card's levels →
/// device-to-device variation → programming error → stuck-at faults (override) → aging → drift. Read noise is
/// not a programming effect: it is recorded in the plan and drawn per read by the simulation levels.
/// </summary>
public sealed record NonIdealityOptions
{
    /// <summary>No non-idealities: the ideal mapping (still quantised if <see cref="Quantise"/>).</summary>
    public static NonIdealityOptions None { get; } = new();

    /// <summary>Snap every target conductance to the nearest programmable level of the card (default on).</summary>
    public bool Quantise { get; init; } = true;

    /// <summary>Programming error: G ← G·(1 + σ·N(0,1)), clamped to [Gmin, Gmax]. σ relative, e.g. 0.05 ([P3]).</summary>
    public double? ProgrammingErrorSigma { get; init; }

    /// <summary>Device-to-device variation: each device's span above Gmin scaled by (1 + σ·N(0,1)), fixed per device.</summary>
    public double? DeviceVariationSigma { get; init; }

    /// <summary>Probability (0–1) that a device is stuck at the low-resistance state, G = Gmax.</summary>
    public double? StuckAtLrsRate { get; init; }

    /// <summary>Probability (0–1) that a device is stuck at the high-resistance state, G = Gmin.</summary>
    public double? StuckAtHrsRate { get; init; }

    /// <summary>
    /// How the two stuck-at rates are drawn when both are on; null = <see cref="NonIdealities.StuckAtDraw.Exclusive"/>
    /// (left out of plan.json, so plans written before this field read the same).
    /// </summary>
    public StuckAtDraw? StuckAtDraw { get; init; }

    /// <summary>
    /// Aging ([P0] Fig. 13b, "percentage of aging"): every working device's conductance has moved toward the
    /// high-resistance state by this fraction of its span above Gmin, G ← G − a·(G − Gmin); a in [0, 1] (0.5 = 50 %
    /// aged, 1 = every working device at Gmin). Deterministic; stuck devices keep their stuck state.
    /// </summary>
    public double? AgingFraction { get; init; }

    /// <summary>Drift (aging): G ← G·(t/t0)^(−ν) with ν this exponent, clamped at Gmin; needs <see cref="DriftTimeSeconds"/>.</summary>
    public double? DriftExponent { get; init; }

    /// <summary>Time since programming, s, for drift.</summary>
    public double DriftTimeSeconds { get; init; } = 1;

    /// <summary>Reference time t0 of the drift law, s.</summary>
    public double DriftReferenceSeconds { get; init; } = 1;

    /// <summary>Read noise, relative σ per read (recorded; applied by the simulation, not at programming).</summary>
    public double? ReadNoiseSigma { get; init; }

    /// <summary>Throws when a value is outside its range.</summary>
    public void Validate()
    {
        Check(ProgrammingErrorSigma, nameof(ProgrammingErrorSigma), 0, 1);
        Check(DeviceVariationSigma, nameof(DeviceVariationSigma), 0, 1);
        Check(StuckAtLrsRate, nameof(StuckAtLrsRate), 0, 1);
        Check(StuckAtHrsRate, nameof(StuckAtHrsRate), 0, 1);
        if (StuckAtDraw != NonIdealities.StuckAtDraw.Independent && (StuckAtLrsRate ?? 0) + (StuckAtHrsRate ?? 0) > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(StuckAtHrsRate), "the two stuck-at rates add up to more than 1");
        }
        Check(AgingFraction, nameof(AgingFraction), 0, 1);
        Check(DriftExponent, nameof(DriftExponent), 0, 1);
        Check(ReadNoiseSigma, nameof(ReadNoiseSigma), 0, 1);
        if (DriftTimeSeconds <= 0 || DriftReferenceSeconds <= 0 || !double.IsFinite(DriftTimeSeconds) || !double.IsFinite(DriftReferenceSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(DriftTimeSeconds), "drift times must be finite and > 0 s");
        }
    }

    private static void Check(double? value, string name, double min, double max)
    {
        if (value is { } v && (!double.IsFinite(v) || v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, $"must be within [{min}, {max}]");
        }
    }
}
