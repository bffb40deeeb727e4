namespace CrossbarSpice.Circuits.Stages;

/// <summary>The sigmoid circuit of an LSTM cell's gates (compile-weights <c>--lstm-sigmoid</c>).</summary>
public enum LstmSigmoid
{
    /// <summary>[P0]'s six-transistor current-input sigmoid (docs/circuits.md §1), tanh by the op-amp stage (§2).</summary>
    SixTransistor,

    /// <summary>[P2]'s general activation circuit (docs/circuits.md §8): voltage input, sigmoid and tanh outputs.</summary>
    General,
}

/// <summary>Command-line and manifest names of <see cref="LstmSigmoid"/>.</summary>
public static class LstmSigmoids
{
    /// <summary>The name: <c>six-transistor</c> or <c>general</c>.</summary>
    public static string Name(LstmSigmoid sigmoid) => sigmoid == LstmSigmoid.General ? "general" : "six-transistor";

    /// <summary>The kind named <paramref name="name"/>; null when the name is unknown.</summary>
    public static LstmSigmoid? Parse(string? name) => name switch
    {
        "six-transistor" => LstmSigmoid.SixTransistor,
        "general" => LstmSigmoid.General,
        _ => null,
    };
}
