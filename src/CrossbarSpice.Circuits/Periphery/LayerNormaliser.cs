using System.Globalization;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Layer-normalisation circuit <c>layernorm&lt;N&gt;</c> ([P2] §IV.A.1: "an averaging circuit, normalization circuit,
/// and standard deviation circuit"; topology RECONSTRUCTED, docs/circuits.md §15), in cascade:
/// <list type="number">
/// <item>averaging: N equal resistors into one node and a follower, μ = mean(x);</item>
/// <item>mean subtraction: a unity difference amplifier per feature, d_k = μ − x_k;</item>
/// <item>standard deviation: a Gilbert multiplier squares each d_k (q_k = K·d_k²), a second resistive averager and
/// follower give v = K·mean(d²), and an op-amp with a Gilbert squarer in its feedback takes the root: it drives σ
/// through a diode (so σ ≥ 0 and the loop cannot settle on the negative root) until K·σ² = v, σ = √mean(d²);</item>
/// <item>normalisation: per feature an inverting op-amp with a Gilbert multiplier (y_k · σ) in its feedback divides,
/// y_k = −(R_f/R_i)·d_k/(K·σ) = (R_f/R_i)·(x_k − μ)/(K·σ);</item>
/// <item>γ and β: an <see cref="AffineAmplifier"/> per feature when they are given, out_k = γ_k·y_k + β_k.</item>
/// </list>
/// ε is not built: it matters only when σ is below the circuit's own offsets (the multiplier's are millivolts), where
/// no layer norm of an analogue circuit is accurate. Pins: <c>in1 … inN out1 … outN vdd vss cma cmb</c>
/// (<c>cma</c>/<c>cmb</c> carry the multipliers' common modes).
/// </summary>
public static class LayerNormaliser
{
    /// <summary>Subcircuit name for <paramref name="inputs"/> features.</summary>
    public static string Name(int inputs) => "layernorm" + inputs.ToString(CultureInfo.InvariantCulture);

    /// <summary>The circuit with <paramref name="options"/> (null: 4 features, no γ/β). Needs the definitions of
    /// <see cref="GilbertMultiplier"/>, the op-amp and (with γ/β) the cascoded op-amp in the same deck.</summary>
    public static SubcircuitDefinition Build(LayerNormaliserOptions? options = null)
    {
        var o = options ?? new LayerNormaliserOptions();
        var n = o.Inputs;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        if ((o.Gammas is { } g && g.Count != n) || (o.BetaVolts is { } b && b.Count != n))
        {
            throw new ArgumentException($"γ and β need {n} values each", nameof(options));
        }

        var amp = OpAmps.Name(o.OpAmp);
        var affine = o.Gammas is not null || o.BetaVolts is not null;
        var items = new List<NetlistItem>();
        for (var k = 1; k <= n; k++)
        {
            items.Add(new Resistor($"Rm{k}", $"in{k}", "msum", o.AveragerOhms));
        }

        items.Add(new SubcircuitInstance("XM", ["msum", "mu", "mu", "vdd", "vss"], amp));
        var r = o.DifferenceOhms;
        for (var k = 1; k <= n; k++)
        {
            items.Add(new Resistor($"Rd1_{k}", $"in{k}", $"dn{k}", r));
            items.Add(new Resistor($"Rd2_{k}", $"dn{k}", $"d{k}", r * o.DifferenceGain));
            items.Add(new Resistor($"Rd3_{k}", "mu", $"dp{k}", r));
            items.Add(new Resistor($"Rd4_{k}", $"dp{k}", "0", r * o.DifferenceGain));
            items.Add(new SubcircuitInstance($"XD{k}", [$"dp{k}", $"dn{k}", $"d{k}", "vdd", "vss"], amp));
            items.Add(new SubcircuitInstance($"XQ{k}", [$"d{k}", $"d{k}", $"q{k}", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name));
            items.Add(new Resistor($"Rv{k}", $"q{k}", "vsum", o.AveragerOhms));
        }

        items.Add(new SubcircuitInstance("XV", ["vsum", "var", "var", "vdd", "vss"], amp));
        items.Add(new SubcircuitInstance("XS", ["var", "qs", "so", "vdd", "vss"], amp));
        items.Add(new Capacitor("Cs", "so", "qs", o.RootFarads));
        items.Add(new Diode("DS", "so", "sigma", DiodeModels.Name));
        items.Add(new Resistor("Rs", "sigma", "0", o.RootPullDownOhms));
        items.Add(new SubcircuitInstance("XQS", ["sigma", "sigma", "qs", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name));
        for (var k = 1; k <= n; k++)
        {
            var y = affine ? $"y{k}" : $"out{k}";
            items.Add(new Resistor($"Ri{k}", $"d{k}", $"yn{k}", o.DividerInputOhms));
            items.Add(new Resistor($"Rf{k}", $"p{k}", $"yn{k}", o.DividerFeedbackOhms));
            items.Add(new Capacitor($"Cy{k}", $"yn{k}", y, o.DividerFarads));
            items.Add(new SubcircuitInstance($"XY{k}", ["0", $"yn{k}", y, "vdd", "vss"], amp));
            items.Add(new SubcircuitInstance($"XP{k}", [y, "sigma", $"p{k}", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name));
            if (affine)
            {
                items.AddRange(AffineAmplifier.Elements(
                    k.ToString(CultureInfo.InvariantCulture), y, $"out{k}", o.Gammas?[k - 1] ?? 1, o.BetaVolts?[k - 1] ?? 0));
            }
        }

        var ports = Enumerable.Range(1, n).Select(k => $"in{k}")
            .Concat(Enumerable.Range(1, n).Select(k => $"out{k}"))
            .Concat(["vdd", "vss", "cma", "cmb"]).ToList();
        return new SubcircuitDefinition(Name(n), ports, items);
    }
}
