namespace CrossbarSpice.Devices.Reading;

/// <summary>Range a card number must lie in (all rules also require a finite number).</summary>
internal enum NumberRule
{
    /// <summary>Any finite number.</summary>
    Finite,

    /// <summary>&gt; 0.</summary>
    Positive,

    /// <summary>≥ 0.</summary>
    NonNegative,

    /// <summary>&lt; 0.</summary>
    Negative,

    /// <summary>0 ≤ x ≤ 1.</summary>
    UnitInterval,
}
