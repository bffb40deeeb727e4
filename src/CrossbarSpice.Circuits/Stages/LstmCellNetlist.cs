using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// The periphery of one LSTM cell as netlist items (docs/lstm-circuit.md): per gate output j (gate q = j / H) a
/// current subtractor from the column pair col{2j}/col{2j+1}, the activation and a CMOS op-amp follower giving the
/// gate value on <c>a{j}</c>; per hidden unit k the multipliers f⊙c_{t−1} (K = 1) and i⊙g (K = s_c), the adder (c_t on <c>c{k}</c>),
/// tanh(c_t) on <c>tc{k}</c> and o⊙tanh(c_t) (h_t on <c>h{k}</c>). Six-transistor sigmoid: the subtractor is two
/// 0 V column senses and a current mirror of gain A_q into the sigmoid node (ideal mirror, as the differential
/// readout's), with a probe <c>y{j}</c> = pre-activation (an ideal monitor, no load); general: the differential
/// readout at R_F_q (its output <c>y{j}</c>) into the general activation circuit. The characterisation benches use
/// the same methods, so they measure exactly the design's circuits.
/// </summary>
public static class LstmCellNetlist
{
    /// <summary>Tie-off of an unused general-circuit output to ground, Ω.</summary>
    public const double TieOhms = 1e9;

    /// <summary>The bias rails every cell shares.</summary>
    public static IReadOnlyList<NetlistItem> SharedSources(LstmCellScales scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var multiplier = new GilbertMultiplierOptions();
        List<NetlistItem> items =
        [
            new VoltageSource("Vcma", "vcma", "0", multiplier.UpperCommonModeVolts),
            new VoltageSource("Vcmb", "vcmb", "0", multiplier.LowerCommonModeVolts),
        ];
        if (scales.Kind == LstmSigmoid.SixTransistor)
        {
            var sigmoid = new SixTransistorSigmoidOptions();
            items.Add(new VoltageSource("Vtb", "vtb", "0", sigmoid.CentreVolts));
            items.Add(new VoltageSource("Vbn", "vbn", "0", sigmoid.NmosGateVolts));
            items.Add(new VoltageSource("Vbp", "vbp", "0", sigmoid.PmosGateVolts));
            items.Add(new VoltageSource("Vtref", "vtref", "0", TanhAmplifierOptions.UnityAmplitude.ReferenceVolts));
        }
        else
        {
            items.Add(new VoltageSource("Vgtref", "vgtref", "0", new GeneralActivationOptions().TanhReferenceVolts));
        }

        return items;
    }

    /// <summary>The whole periphery of a cell of <paramref name="hidden"/> units behind its gate columns; c_{t−1} is on nets <c>cp{k}</c>.</summary>
    public static IReadOnlyList<NetlistItem> Cell(LstmCellScales scales, int hidden)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var items = new List<NetlistItem>(SharedSources(scales));
        for (var j = 0; j < 4 * hidden; j++)
        {
            items.AddRange(Gate(scales, j / hidden, I(j), $"col{2 * j}", $"col{(2 * j) + 1}", $"y{j}", $"a{j}"));
        }

        for (var k = 0; k < hidden; k++)
        {
            var id = I(k);
            items.Add(Multiplier($"f{id}", $"a{hidden + k}", $"cp{k}", $"fc{k}"));
            items.Add(Multiplier($"i{id}", $"a{k}", $"a{(2 * hidden) + k}", $"ig{k}", LstmCellScales.CandidateMultiplierName));
            items.Add(Adder(id, $"fc{k}", $"ig{k}", $"c{k}"));
            items.AddRange(TanhOfCell(scales, id, $"c{k}", $"tc{k}"));
            items.Add(Multiplier($"o{id}", $"a{(3 * hidden) + k}", $"tc{k}", $"h{k}"));
        }

        return items;
    }

    /// <summary>Gate <paramref name="gate"/> (0 i, 1 f, 2 g, 3 o) from its column pair to its value on <paramref name="output"/>, pre-activation on <paramref name="probe"/>.</summary>
    public static IEnumerable<NetlistItem> Gate(LstmCellScales scales, int gate, string id, string colp, string coln, string probe, string output)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var gain = scales.GateInputGains[gate];
        var candidate = gate == LstmCellScales.CandidateGate;
        if (scales.Kind == LstmSigmoid.SixTransistor)
        {
            var probeOhms = scales.PreactivationVoltsPerUnit[gate] / (scales.SiemensPerWeight * scales.RowVoltsPerUnit);
            yield return new VoltageSource($"Vsp{id}", colp, "0", 0.0);
            yield return new VoltageSource($"Vsn{id}", coln, "0", 0.0);
            yield return new BehavioralSource($"By{id}", probe, "0", BehavioralSourceKind.Voltage, string.Create(CultureInfo.InvariantCulture, $"{probeOhms:R}*(i(Vsp{id})-i(Vsn{id}))"));
            yield return new Cccs($"Fp{id}", "0", $"sg{id}", $"Vsp{id}", gain);
            yield return new Cccs($"Fn{id}", $"sg{id}", "0", $"Vsn{id}", gain);
            yield return new SubcircuitInstance($"Xs{id}", [$"sg{id}", "vtb", "vbn", "vbp", "vdd", "vss"], SixTransistorSigmoid.Name);
            var buffered = candidate ? $"sb{id}" : output;
            yield return Follower($"Xb{id}", $"sg{id}", buffered);
            if (candidate)
            {
                yield return new SubcircuitInstance($"Xt{id}", [buffered, "vtref", output, "vdd", "vss"], TanhAmplifier.Name);
            }

            yield break;
        }

        yield return new SubcircuitInstance($"Xro{id}", [colp, coln, probe, "vdd", "vss"], DifferentialReadout.Name, [new SpiceParameter("RF", gain)]);
        foreach (var item in General(id, probe, output, candidate))
        {
            yield return item;
        }
    }

    /// <summary>tanh of the cell state on <paramref name="cell"/> (volts at the cell scale) onto <paramref name="output"/>.</summary>
    public static IEnumerable<NetlistItem> TanhOfCell(LstmCellScales scales, string id, string cell, string output)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var ohms = scales.TanhCellInputOhms;
        if (scales.Kind == LstmSigmoid.SixTransistor)
        {
            // c_t / R into a 0 V sense, mirrored (gain 2·Is·R/s_c) into the sigmoid node: σ(2c), then 2σ(2c) − 1.
            yield return new Resistor($"Rtc{id}", cell, $"tn{id}", ohms);
            yield return new VoltageSource($"Vtc{id}", $"tn{id}", "0", 0.0);
            yield return new Cccs($"Ftc{id}", "0", $"ts{id}", $"Vtc{id}", scales.TanhCellInputGain);
            yield return new SubcircuitInstance($"Xst{id}", [$"ts{id}", "vtb", "vbn", "vbp", "vdd", "vss"], SixTransistorSigmoid.Name);
            yield return Follower($"Xbt{id}", $"ts{id}", $"tb{id}");
            yield return new SubcircuitInstance($"Xtt{id}", [$"tb{id}", "vtref", output, "vdd", "vss"], TanhAmplifier.Name);
            yield break;
        }

        // A divider c_t/(3.47·s_c) onto the general circuit's (MOS gate) input.
        var ratio = scales.TanhCellInputGain;
        yield return new Resistor($"Rtc{id}", cell, $"tn{id}", ohms);
        yield return new Resistor($"Rtd{id}", $"tn{id}", "0", ohms * ratio / (1 - ratio));
        foreach (var item in General($"t{id}", $"tn{id}", output, candidate: true))
        {
            yield return item;
        }
    }

    /// <summary>A Gilbert multiplier <paramref name="a"/>·<paramref name="b"/> → <paramref name="output"/> (K = 1, or K = s_c for <see cref="LstmCellScales.CandidateMultiplierName"/>).</summary>
    public static NetlistItem Multiplier(string id, string a, string b, string output, string subcircuit = GilbertMultiplier.Name) =>
        new SubcircuitInstance($"Xm{id}", [a, b, output, "vcma", "vcmb", "vdd", "vss"], subcircuit);

    /// <summary>The adder <paramref name="a"/> + <paramref name="b"/> → <paramref name="output"/>.</summary>
    public static NetlistItem Adder(string id, string a, string b, string output) =>
        new SubcircuitInstance($"Xad{id}", [a, b, output, "vdd", "vss"], AnalogueAdder.Name);

    /// <summary>The subcircuits the cells of <paramref name="stages"/> instantiate (besides the op-amps and readout).</summary>
    public static IEnumerable<SubcircuitDefinition> Definitions(IReadOnlyList<CircuitStage> stages, PeripheryProcess process)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var kinds = stages.OfType<LstmStage>().SelectMany(s => s.Cells).Select(c => c.Scales.Kind).Distinct().Order().ToList();
        if (kinds.Count == 0)
        {
            yield break;
        }

        var scales = stages.OfType<LstmStage>().First().Cells[0].Scales;
        yield return GilbertMultiplier.Build(process, new GilbertMultiplierOptions { OutputGainOhms = scales.MultiplierOutputGainOhms });
        yield return GilbertMultiplier.Build(process, new GilbertMultiplierOptions { OutputGainOhms = scales.CandidateMultiplierOutputGainOhms }) with { Name = LstmCellScales.CandidateMultiplierName };
        yield return AnalogueAdder.Build();
        if (kinds.Contains(LstmSigmoid.SixTransistor))
        {
            yield return SixTransistorSigmoid.Build(process);
            yield return TanhAmplifier.Build(TanhAmplifierOptions.UnityAmplitude);
        }

        if (kinds.Contains(LstmSigmoid.General))
        {
            yield return GeneralActivation.Build(process);
        }
    }

    private static IEnumerable<NetlistItem> General(string id, string input, string output, bool candidate)
    {
        yield return new SubcircuitInstance($"Xg{id}", [input, $"gs{id}", $"gt{id}", "vgtref", "vdd", "vss"], GeneralActivation.Name);
        yield return Follower($"Xb{id}", candidate ? $"gt{id}" : $"gs{id}", output);
        yield return new Resistor($"Rtie{id}", candidate ? $"gs{id}" : $"gt{id}", "0", TieOhms);
    }

    private static SubcircuitInstance Follower(string name, string input, string output) =>
        new(name, [input, output, output, "vdd", "vss"], CmosOpAmp.Name);

    private static string I(int index) => index.ToString(CultureInfo.InvariantCulture);
}
