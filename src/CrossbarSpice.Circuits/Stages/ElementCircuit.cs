using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// One element-wise periphery circuit as a design instantiates it: the subcircuit, the parts around it and the
/// sources it shares with its siblings. Signals are voltages at the design's volts per unit on both sides, so every
/// circuit here has unity gain in volts (ReLU: input resistor = transresistance; bounded-linear: rails at
/// ±(L·volts per unit + the op-amp's headroom), slope m; normalisation: limits ±V_N = ±L·volts per unit, its
/// inverting amplifier's sign undone by a unity inverter in front, so that the module's own buffer drives the next
/// stage as in the seed).
/// </summary>
/// <param name="Function">What it computes.</param>
/// <param name="Slope">Bounded-linear slope m (V/V); 1 for the normalisation module; 0 otherwise.</param>
/// <param name="LimitVolts">Bounded-linear or normalisation limit L·(volts per unit), V; 0 otherwise.</param>
public sealed record ElementCircuit(ElementFunction Function, double Slope = 0, double LimitVolts = 0)
{
    /// <summary>Resistances of the ReLU's rectifier, follower gain and input resistor (unity V/V), Ω.</summary>
    public const double ReluOhms = 10e3;

    /// <summary>Headroom of the op-amp macromodel between its output and its rails (its HR parameter), V.</summary>
    public const double MacromodelHeadroomVolts = 0.1;

    /// <summary>Resistors of the unity inverter in front of the normalisation module, Ω.</summary>
    public const double InverterOhms = 10e3;

    /// <summary>Subcircuit that does the work.</summary>
    public string SubcircuitName => Function switch
    {
        ElementFunction.Abs => AbsoluteValue.Name,
        ElementFunction.Relu => ReluRectifier.Name,
        ElementFunction.Normalisation => Periphery.Normalisation.Name,
        _ => BoundedLinearAmplifier.Name,
    };

    /// <summary>Short module name (as in characterised/ and docs/periphery.md).</summary>
    public string ModuleName => Function switch
    {
        ElementFunction.Abs => "abs",
        ElementFunction.Relu => "relu",
        ElementFunction.Normalisation => "normalisation",
        _ => "bounded-tanh",
    };

    /// <summary>The subcircuit definitions it instantiates, dependencies first (the op-amps, diode models and process models come from the library).</summary>
    /// <param name="process">The CMOS process (the normalisation module's analogue switches are sized on it).</param>
    public IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => Function switch
    {
        ElementFunction.Abs => [AbsoluteValue.Build(opAmp: OpAmpKind.CmosCascode)],
        ElementFunction.Relu => [ReluRectifier.Build(new ReluRectifierOptions { Rr1Ohms = ReluOhms, Rr2Ohms = ReluOhms, Rr3Ohms = ReluOhms })],
        ElementFunction.Normalisation => [SwitchLimiter.Build(process, upper: true), SwitchLimiter.Build(process, upper: false), Periphery.Normalisation.Build()],
        _ => [BoundedLinearAmplifier.Build(Slope, BoundedLinearAmplifier.CompiledOhms)],
    };

    /// <summary>True when the circuit runs from the ±VDD supplies (the bounded-linear amplifier runs from its own clamp rails).</summary>
    public bool UsesSupplies => Function != ElementFunction.BoundedLinear;

    /// <summary>Sources shared by every instance: the bounded-linear amplifier's clamp rails, the normalisation module's ±V_N.</summary>
    public IReadOnlyList<NetlistItem> SharedSources() => Function switch
    {
        ElementFunction.BoundedLinear =>
        [
            new VoltageSource("Vlp", "vlp", "0", LimitVolts + MacromodelHeadroomVolts),
            new VoltageSource("Vln", "vln", "0", -(LimitVolts + MacromodelHeadroomVolts)),
        ],
        ElementFunction.Normalisation =>
        [
            new VoltageSource("Vnp", "vnp", "0", LimitVolts),
            new VoltageSource("Vnn", "vnn", "0", -LimitVolts),
        ],
        _ => [],
    };

    /// <summary>One instance from net <paramref name="input"/> to net <paramref name="output"/>; <paramref name="id"/> makes names unique.</summary>
    public IReadOnlyList<NetlistItem> Instance(string id, string input, string output) => Function switch
    {
        ElementFunction.Abs => [new SubcircuitInstance($"Xabs_{id}", [input, output, "vdd", "vss"], AbsoluteValue.Name)],
        ElementFunction.Relu =>
        [
            new Resistor($"Rrelu_{id}", input, $"ri_{id}", ReluOhms),
            new SubcircuitInstance($"Xrelu_{id}", [$"ri_{id}", output, "vdd", "vss"], ReluRectifier.Name),
        ],
        ElementFunction.Normalisation =>
        [
            new Resistor($"Rinv1_{id}", input, $"ni_{id}", InverterOhms),
            new Resistor($"Rinv2_{id}", $"ni_{id}", $"nn_{id}", InverterOhms),
            new SubcircuitInstance($"Xinv_{id}", ["0", $"ni_{id}", $"nn_{id}", "vdd", "vss"], CmosOpAmp.Name),
            new SubcircuitInstance($"Xnorm_{id}", [$"nn_{id}", output, "vnp", "vnn", "vdd", "vss"], Periphery.Normalisation.Name),
        ],
        _ => [new SubcircuitInstance($"Xblt_{id}", [input, output, "vlp", "vln"], BoundedLinearAmplifier.Name)],
    };

    /// <summary>What the circuit ideally computes, volts in and out.</summary>
    public double Ideal(double volts) => Function switch
    {
        ElementFunction.Abs => Math.Abs(volts),
        ElementFunction.Relu => Math.Max(volts, 0),
        ElementFunction.Normalisation => Math.Clamp(volts, -LimitVolts, LimitVolts),
        _ => Math.Clamp(Slope * volts, -LimitVolts, LimitVolts),
    };

    /// <summary>One line for manifests and logs.</summary>
    public string Describe() => Function switch
    {
        ElementFunction.BoundedLinear => string.Create(CultureInfo.InvariantCulture, $"{SubcircuitName} (m = {Slope}, limit ±{LimitVolts} V)"),
        ElementFunction.Normalisation => string.Create(CultureInfo.InvariantCulture, $"unity inverter + {SubcircuitName} (seed 000, V_N = {LimitVolts} V)"),
        _ => SubcircuitName,
    };
}
