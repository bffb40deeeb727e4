namespace CrossbarSpice.Devices.Cells;

/// <summary>Non-linear selector: I = Is·sinh(V/V0).</summary>
public sealed record SinhSelectorCard : SelectorCard
{
    /// <inheritdoc />
    public override SelectorKind Kind => SelectorKind.Sinh;

    /// <summary>Is, A, &gt; 0.</summary>
    public required double SaturationCurrentAmperes { get; init; }

    /// <summary>V0, V, &gt; 0.</summary>
    public required double CharacteristicVoltageVolts { get; init; }
}
