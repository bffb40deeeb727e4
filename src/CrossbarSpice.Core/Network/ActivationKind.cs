namespace CrossbarSpice.Core.Network;

/// <summary>Element-wise activation functions the IR knows (and the circuit library implements).</summary>
public enum ActivationKind
{
    /// <summary>max(0, x): current rectifier + follower + amplifier ([P0] eq. 8).</summary>
    Relu,

    /// <summary>1 / (1 + e^−x): six-transistor sigmoid ([P0], Table I).</summary>
    Sigmoid,

    /// <summary>tanh(x): op-amp tanh built on the sigmoid.</summary>
    Tanh,

    /// <summary>|x|: two op-amps and two diodes ([P3], Fig. 4).</summary>
    Abs,

    /// <summary>clamp(m·x, −L, L): bounded linear amplifier approximating tanh ([P3] eq. 4); see <see cref="BoundedLinearTanhParameters"/>.</summary>
    BoundedLinearTanh,
}
