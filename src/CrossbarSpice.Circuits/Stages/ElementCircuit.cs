using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// One element-wise periphery circuit as a design instantiates it: the subcircuit, the parts around it and the
/// sources it shares with its siblings. Signals are voltages at the design's volts per unit on both sides, so every
/// circuit here has unity gain in volts (ReLU: input resistor = transresistance; bounded-linear: rails at
/// ±(L·volts per unit + the op-amp's headroom), slope m).
/// </summary>
/// <param name="Function">What it computes.</param>
/// <param name="Slope">Bounded-linear slope m (V/V); 0 otherwise.</param>
/// <param name="LimitVolts">Bounded-linear limit L·(volts per unit), V; 0 otherwise.</param>
public sealed record ElementCircuit(ElementFunction Function, double Slope = 0, double LimitVolts = 0)
{
    /// <summary>Resistances of the ReLU's rectifier, follower gain and input resistor (unity V/V), Ω.</summary>
    public const double ReluOhms = 10e3;

    /// <summary>Headroom of the op-amp macromodel between its output and its rails (its HR parameter), V.</summary>
    public const double MacromodelHeadroomVolts = 0.1;

    /// <summary>Subcircuit that does the work.</summary>
    public string SubcircuitName => Function switch
    {
        ElementFunction.Abs => AbsoluteValue.Name,
        ElementFunction.Relu => ReluRectifier.Name,
        _ => BoundedLinearAmplifier.Name,
    };

    /// <summary>Short module name (as in characterised/ and docs/periphery.md).</summary>
    public string ModuleName => Function switch
    {
        ElementFunction.Abs => "abs",
        ElementFunction.Relu => "relu",
        _ => "bounded-tanh",
    };

    /// <summary>The circuit for <paramref name="layer"/> at <paramref name="voltsPerUnit"/>; null when the circuit path has none yet.</summary>
    public static ElementCircuit? For(ActivationLayer layer, double voltsPerUnit)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Kind switch
        {
            ActivationKind.Abs => new ElementCircuit(ElementFunction.Abs),
            ActivationKind.Relu => new ElementCircuit(ElementFunction.Relu),
            ActivationKind.BoundedLinearTanh => new ElementCircuit(ElementFunction.BoundedLinear, layer.BoundedLinear!.Slope, layer.BoundedLinear.Limit * voltsPerUnit),
            _ => null,
        };
    }

    /// <summary>The subcircuit definition (the op-amps, diode models and process models come from the library).</summary>
    public SubcircuitDefinition Definition() => Function switch
    {
        ElementFunction.Abs => AbsoluteValue.Build(opAmp: OpAmpKind.CmosCascode),
        ElementFunction.Relu => ReluRectifier.Build(new ReluRectifierOptions { Rr1Ohms = ReluOhms, Rr2Ohms = ReluOhms, Rr3Ohms = ReluOhms }),
        _ => BoundedLinearAmplifier.Build(Slope),
    };

    /// <summary>True when the circuit runs from the ±VDD supplies (the bounded-linear amplifier runs from its own clamp rails).</summary>
    public bool UsesSupplies => Function != ElementFunction.BoundedLinear;

    /// <summary>Sources shared by every instance: the bounded-linear amplifier's clamp rails.</summary>
    public IReadOnlyList<NetlistItem> SharedSources() => Function == ElementFunction.BoundedLinear
        ?
        [
            new VoltageSource("Vlp", "vlp", "0", LimitVolts + MacromodelHeadroomVolts),
            new VoltageSource("Vln", "vln", "0", -(LimitVolts + MacromodelHeadroomVolts)),
        ]
        : [];

    /// <summary>One instance from net <paramref name="input"/> to net <paramref name="output"/>; <paramref name="id"/> makes names unique.</summary>
    public IReadOnlyList<NetlistItem> Instance(string id, string input, string output) => Function switch
    {
        ElementFunction.Abs => [new SubcircuitInstance($"Xabs_{id}", [input, output, "vdd", "vss"], AbsoluteValue.Name)],
        ElementFunction.Relu =>
        [
            new Resistor($"Rrelu_{id}", input, $"ri_{id}", ReluOhms),
            new SubcircuitInstance($"Xrelu_{id}", [$"ri_{id}", output, "vdd", "vss"], ReluRectifier.Name),
        ],
        _ => [new SubcircuitInstance($"Xblt_{id}", [input, output, "vlp", "vln"], BoundedLinearAmplifier.Name)],
    };

    /// <summary>What the circuit ideally computes, volts in and out.</summary>
    public double Ideal(double volts) => Function switch
    {
        ElementFunction.Abs => Math.Abs(volts),
        ElementFunction.Relu => Math.Max(volts, 0),
        _ => Math.Clamp(Slope * volts, -LimitVolts, LimitVolts),
    };

    /// <summary>One line for manifests and logs.</summary>
    public string Describe() => Function switch
    {
        ElementFunction.BoundedLinear => string.Create(CultureInfo.InvariantCulture, $"{SubcircuitName} (m = {Slope}, limit ±{LimitVolts} V)"),
        _ => SubcircuitName,
    };
}
