using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>
/// The periphery of one hidden unit of an LSTM cell ([P0] Fig. 6; docs/circuits.md §1–3, 7.6, 7.7), operated once per
/// time step: four current subtractors (the differential gate columns i, f, g, o → one value each), a sigmoid on i, f
/// and o, a tanh on g and on c_t, three Gilbert multipliers (f⊙c_{t−1}, i⊙g, o⊙tanh(c_t)) and the analogue adder
/// c_t = f⊙c_{t−1} + i⊙g; h_t and c_t are held between steps by two sample-and-holds (a parametric estimate,
/// the energy report's <c>ParametricEstimates.SampleAndHold</c>). With the six-transistor sigmoid (the default) a tanh is the seed's
/// op-amp stage 2σ(2x) − 1 driven by a sigmoid cell of its own ([P0] §III-C-1: "we use the output voltage of the
/// sigmoid activation circuit as the input voltage of the tanh activation circuit"); with [P2]'s general
/// activation circuit the tanh is that circuit's tanh output.
/// </summary>
public static class LstmCellPeriphery
{
    /// <summary>The default sigmoid choice, [P0]'s six-transistor cell.</summary>
    public const string SixTransistor = "six-transistor";

    /// <summary>[P2]'s general activation circuit (docs/circuits.md §8).</summary>
    public const string General = "general";

    /// <summary>Values held per hidden unit between steps (h and c).</summary>
    public const int HeldValuesPerUnit = 2;

    /// <summary>Every module of one hidden unit: (role, characterised module, instances per unit), in signal order.</summary>
    /// <param name="sigmoid"><see cref="SixTransistor"/> or <see cref="General"/>.</param>
    /// <exception cref="InputException">Another choice.</exception>
    public static IReadOnlyList<(string Role, string Module, int PerUnit)> PerUnit(string sigmoid) => sigmoid switch
    {
        SixTransistor =>
        [
            ("gate readout (i, f, g, o)", "current-subtractor", 4),
            ("gate sigmoid (i, f, o)", "sigmoid-6t", 3),
            ("tanh (g, c_t) sigmoid stage", "sigmoid-6t", 2),
            ("tanh (g, c_t) op-amp stage", "tanh-amp", 2),
            ("Hadamard products (f.c, i.g, o.tanh c)", "gilbert", 3),
            ("cell-state adder", "adder", 1),
        ],
        General =>
        [
            ("gate readout (i, f, g, o)", "current-subtractor", 4),
            ("gate sigmoid (i, f, o)", "general-sigmoid", 3),
            ("tanh (g, c_t)", "general-tanh", 2),
            ("Hadamard products (f.c, i.g, o.tanh c)", "gilbert", 3),
            ("cell-state adder", "adder", 1),
        ],
        _ => throw new InputException(new SourceLocation(null, Field: "sigmoid"), $"unknown LSTM sigmoid '{sigmoid}'; available: {SixTransistor}, {General}"),
    };
}
