using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Per-channel affine amplifier <c>affine</c> (RECONSTRUCTED, docs/circuits.md §7.8): V_out = a·V_in + V_b, the
/// inference-mode batch normalisation of one channel. An inverting summer on the cascoded op-amp (feedback
/// R_F = 10 kΩ) takes the input through R_F/|a| and a DC bias source through R_F, giving −(|a|·V_in + V_s); for a &gt; 0
/// a unity inverter (10 kΩ, 10 kΩ) restores the sign and V_s = V_b, for a &lt; 0 the summer's output is the output and
/// V_s = −V_b. Each channel has its own resistor and source values, so a design instantiates the elements per channel
/// (<see cref="Elements"/>) rather than one shared subcircuit.
/// </summary>
public static class AffineAmplifier
{
    /// <summary>Subcircuit name of the bench's instance.</summary>
    public const string Name = "affine";

    /// <summary>Feedback resistance R_F of the summer, Ω.</summary>
    public const double FeedbackOhms = 10e3;

    /// <summary>Smallest |a| given its own input resistor (R_F/|a| ≤ 10 GΩ); a smaller gain is that one (the input is
    /// then, to 1e-6, disconnected).</summary>
    public const double MinimumGain = 1e-6;

    /// <summary>The op-amp of the summer and inverter: the cascoded one of the other inverting circuits (docs/periphery.md).</summary>
    public const OpAmpKind OpAmp = OpAmpKind.CmosCascode;

    /// <summary>
    /// The elements of one amplifier from <paramref name="input"/> to <paramref name="output"/>, element and internal net
    /// names suffixed with <paramref name="suffix"/> so that several channels share a deck.
    /// </summary>
    /// <param name="suffix">Unique suffix, e.g. the channel number.</param>
    /// <param name="input">Input net.</param>
    /// <param name="output">Output net.</param>
    /// <param name="scale">a, any finite value.</param>
    /// <param name="biasVolts">V_b, V.</param>
    public static IReadOnlyList<NetlistItem> Elements(string suffix, string input, string output, double scale, double biasVolts)
    {
        var amp = OpAmps.Name(OpAmp);
        var gain = Math.Max(Math.Abs(scale), MinimumGain);
        var inverted = scale > 0;
        var summer = inverted ? $"as_{suffix}" : output;
        var items = new List<NetlistItem>
        {
            new VoltageSource($"Vab_{suffix}", $"ab_{suffix}", "0", inverted ? biasVolts : -biasVolts),
            new Resistor($"Rai_{suffix}", input, $"an_{suffix}", FeedbackOhms / gain),
            new Resistor($"Rab_{suffix}", $"ab_{suffix}", $"an_{suffix}", FeedbackOhms),
            new Resistor($"Raf_{suffix}", $"an_{suffix}", summer, FeedbackOhms),
            new SubcircuitInstance($"Xas_{suffix}", ["0", $"an_{suffix}", summer, "vdd", "vss"], amp),
        };
        if (inverted)
        {
            items.Add(new Resistor($"Ri1_{suffix}", summer, $"ai_{suffix}", 10e3));
            items.Add(new Resistor($"Ri2_{suffix}", $"ai_{suffix}", output, 10e3));
            items.Add(new SubcircuitInstance($"Xai_{suffix}", ["0", $"ai_{suffix}", output, "vdd", "vss"], amp));
        }

        return items;
    }

    /// <summary>One amplifier as a subcircuit (the bench's device under test). Pins: <c>in out vdd vss</c>.</summary>
    public static SubcircuitDefinition Build(double scale, double biasVolts) =>
        new(Name, ["in", "out", "vdd", "vss"], Elements("0", "in", "out", scale, biasVolts));
}
