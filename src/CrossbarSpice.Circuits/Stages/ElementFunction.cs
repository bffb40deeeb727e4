namespace CrossbarSpice.Circuits.Stages;

/// <summary>The element-wise functions the circuit path computes with a transistor-level periphery circuit.</summary>
public enum ElementFunction
{
    /// <summary>|x|: the two-op-amp absolute-value circuit ([P3]).</summary>
    Abs,

    /// <summary>max(x, 0): the precision current rectifier ([P0] eq. 8) fed through an input resistor.</summary>
    Relu,

    /// <summary>clamp(m·x, −L, L): the bounded-linear amplifier ([P3] eq. 4) on rails ±(L + headroom).</summary>
    BoundedLinear,

    /// <summary>
    /// clamp(x, −L, L): [P0]'s normalisation module (inverting amplifier RN1 = RN2, analogue-switch limiters at
    /// ±V_N = ±L, buffer; docs/circuits.md §5) behind a unity inverter that restores the sign.
    /// </summary>
    Normalisation,
}
