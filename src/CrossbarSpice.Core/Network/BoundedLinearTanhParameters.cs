namespace CrossbarSpice.Core.Network;

/// <summary>
/// The bounded linear amplifier that replaces tanh in [P3] eq. 4: out = L for m·x &gt; L, m·x for |m·x| ≤ L, −L for
/// m·x &lt; −L. The seed uses m = 1/2 and L = 1, so the rails are reached at |x| = 2 (<see cref="Breakpoint"/>).
/// </summary>
public sealed record BoundedLinearTanhParameters
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="slope">m, the gain inside the linear region; dimensionless, finite, &gt; 0. [P3]: 0.5.</param>
    /// <param name="limit">L, the output rail magnitude; same unit as the output, finite, &gt; 0. [P3]: 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value not finite or not &gt; 0.</exception>
    public BoundedLinearTanhParameters(double slope = 0.5, double limit = 1.0)
    {
        if (!double.IsFinite(slope) || slope <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slope), slope, "must be finite and > 0");
        }

        if (!double.IsFinite(limit) || limit <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "must be finite and > 0");
        }

        Slope = slope;
        Limit = limit;
    }

    /// <summary>The values of [P3] eq. 4: m = 0.5, L = 1.</summary>
    public static BoundedLinearTanhParameters Seed003 { get; } = new();

    /// <summary>m, the linear-region gain; &gt; 0. Default 0.5 ([P3]).</summary>
    public double Slope { get; }

    /// <summary>L, the output rail magnitude; &gt; 0. Default 1 ([P3]).</summary>
    public double Limit { get; }

    /// <summary>|x| at which the output reaches the rails, L / m (2 for the seed values).</summary>
    public double Breakpoint => Limit / Slope;

    /// <summary>The function value clamp(m·x, −L, L).</summary>
    public double Evaluate(double x) => Math.Clamp(Slope * x, -Limit, Limit);
}
