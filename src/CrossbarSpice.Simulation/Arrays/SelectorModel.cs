using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>The 1S1M threshold selector's current and its derivative (the B-source the netlist builder writes).</summary>
internal static class SelectorModel
{
    /// <summary>Current, A, from the row side to the memristor side, and dI/dV, S, at a voltage <paramref name="volts"/> across it.</summary>
    /// <remarks>I = V·g(|V|), g(u) = GOFF + (GON − GOFF)·σ((u − VTH)/VS); dI/dV = g(|V|) + |V|·(GON − GOFF)·σ(1 − σ)/VS.
    /// σ is computed as 1/(1 + e^(−x)) exactly as in the netlist expression; for large |x| it saturates to 0 or 1
    /// without overflow, and σ(1 − σ) stays finite.</remarks>
    public static (double Current, double Conductance) Evaluate(ThresholdSelectorParameters selector, double volts)
    {
        var span = selector.OnSiemens - selector.OffSiemens;
        var magnitude = Math.Abs(volts);
        var sigma = 1 / (1 + Math.Exp(-(magnitude - selector.ThresholdVolts) / selector.TransitionVolts));
        var g = selector.OffSiemens + (span / (1 + Math.Exp(-(magnitude - selector.ThresholdVolts) / selector.TransitionVolts)));
        var current = volts * g;
        var slope = g + (magnitude * span * sigma * (1 - sigma) / selector.TransitionVolts);
        return (current, slope);
    }
}
