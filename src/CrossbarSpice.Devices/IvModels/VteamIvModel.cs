namespace CrossbarSpice.Devices.IvModels;

/// <summary>
/// VTEAM ([P1] eqs. 4–5): R = Ron + (Roff − Ron)·(w − won)/(woff − won);
/// dw/dt = koff·(v/voff − 1)^αoff·f_off(w) for v &gt; voff &gt; 0, kon·(v/von − 1)^αon·f_on(w) for v &lt; von &lt; 0, else 0.
/// State x = (w − won)/(woff − won): x = 0 is Ron, x = 1 is Roff; positive voltage drives toward Roff.
/// </summary>
public sealed record VteamIvModel : IvModel
{
    /// <inheritdoc />
    public override IvModelKind Kind => IvModelKind.Vteam;

    /// <summary>ON threshold von, V, finite, &lt; 0.</summary>
    public required double VonVolts { get; init; }

    /// <summary>OFF threshold voff, V, finite, &gt; 0.</summary>
    public required double VoffVolts { get; init; }

    /// <summary>αon, dimensionless, &gt; 0.</summary>
    public required double AlphaOn { get; init; }

    /// <summary>αoff, dimensionless, &gt; 0.</summary>
    public required double AlphaOff { get; init; }

    /// <summary>kon, m/s, &lt; 0.</summary>
    public required double KonMetersPerSecond { get; init; }

    /// <summary>koff, m/s, &gt; 0.</summary>
    public required double KoffMetersPerSecond { get; init; }

    /// <summary>won, m, ≥ 0.</summary>
    public required double WonMeters { get; init; }

    /// <summary>woff, m, &gt; <see cref="WonMeters"/>.</summary>
    public required double WoffMeters { get; init; }

    /// <summary>Window width wc, m, &gt; 0 (default 0.1 nm, as in docs/circuits.md §10.2).</summary>
    public required double WindowWidthMeters { get; init; }

    /// <summary>Window function (default Kvatinsky).</summary>
    public required VteamWindow Window { get; init; }

    /// <summary>Initial state x0 = (w0 − won)/(woff − won), 0–1 (default 0.5).</summary>
    public required double InitialState { get; init; }
}
