namespace CrossbarSpice.Devices.Wires;

/// <summary>Crossbar wire technology: the parasitics of one row or column segment between adjacent cells.</summary>
public sealed record WireCard : DeviceCard
{
    /// <inheritdoc />
    public override DeviceCardKind Kind => DeviceCardKind.Wire;

    /// <summary>Resistance of one segment, Ω, finite, ≥ 0 ([P3]: 2 Ω).</summary>
    public required double SegmentResistanceOhms { get; init; }

    /// <summary>Capacitance of one segment to ground, F, finite, ≥ 0 (default 0: not modelled; wire-2ohm: 0.693 fF, derived).</summary>
    public required double SegmentCapacitanceFarads { get; init; }
}
