using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>
/// Static threshold selector of a 1S1M cell (design notes, docs/circuits.md §10.4):
/// I = V·(GOFF + (GON − GOFF)·σ((|V| − VTH)/VS)), σ(x) = 1/(1 + e^(−x)), V the voltage across the selector.
/// Defaults are those of §10.4. Volatile, no hysteresis, no capacitance.
/// </summary>
public sealed record ThresholdSelectorParameters
{
    /// <summary>Threshold voltage VTH, V, ≥ 0, finite. Default 0.4 V.</summary>
    public double ThresholdVolts { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); } = 0.4;

    /// <summary>Transition width VS, V, &gt; 0, finite. Default 20 mV.</summary>
    public double TransitionVolts { get; init => field = Guard.Positive(value); } = 0.02;

    /// <summary>On conductance GON, S, &gt; 0, finite. Default 1 mS.</summary>
    public double OnSiemens { get; init => field = Guard.Positive(value); } = 1e-3;

    /// <summary>Off (leakage) conductance GOFF, S, ≥ 0, finite. Default 1 nS.</summary>
    public double OffSiemens { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); } = 1e-9;

    /// <summary>The selector current, A, for a voltage <paramref name="volts"/> (V) across it, evaluated with
    /// exactly the operations of the B-source expression the netlist builder writes.</summary>
    /// <param name="volts">Voltage from the selector's row side to its memristor side, V.</param>
    public double Current(double volts) =>
        volts * (OffSiemens + ((OnSiemens - OffSiemens) / (1 + Math.Exp(-(Math.Abs(volts) - ThresholdVolts) / TransitionVolts))));
}
