namespace CrossbarSpice.Devices.Cells;

/// <summary>Threshold selector: I = V·(Goff + (Gon − Goff)/(1 + exp(−(|V| − Vth)/Vs))).</summary>
public sealed record ThresholdSelectorCard : SelectorCard
{
    /// <inheritdoc />
    public override SelectorKind Kind => SelectorKind.Threshold;

    /// <summary>Threshold Vth, V, &gt; 0.</summary>
    public required double ThresholdVolts { get; init; }

    /// <summary>Transition width Vs, V, &gt; 0.</summary>
    public required double SmoothingVolts { get; init; }

    /// <summary>ON conductance, S, &gt; <see cref="OffConductanceSiemens"/>.</summary>
    public required double OnConductanceSiemens { get; init; }

    /// <summary>OFF conductance, S, &gt; 0.</summary>
    public required double OffConductanceSiemens { get; init; }
}
