namespace CrossbarSpice.Devices.Cells;

/// <summary>Selector I–V laws; written by name in <c>selector.kind</c>.</summary>
public enum SelectorKind
{
    /// <summary>Volatile threshold switch: I = V·(Goff + (Gon − Goff)·σ((|V| − Vth)/Vs)), σ the logistic function.</summary>
    Threshold,

    /// <summary>Non-linear (tunnel / MIEC-like) selector: I = Is·sinh(V/V0).</summary>
    Sinh,
}
