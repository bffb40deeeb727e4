using System.Globalization;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Softmax circuit <c>softmax&lt;N&gt;</c> ([P2] §IV.A.1: "exponential, summation, and division circuits connected in a
/// cascaded configuration"; topology RECONSTRUCTED, docs/circuits.md §14). Each input is attenuated onto the gate of a
/// subthreshold NMOS (exponentiation: I_k ∝ exp(V_gk / (n·U_T))); the N sources share one node fed by a tail current
/// I_T (summation: KCL makes Σ I_k = I_T), which divides I_T among the branches in proportion to their exponentials
/// (division, translinear: I_k = I_T · exp(V_gk/nU_T) / Σ_j exp(V_gj/nU_T)). A transimpedance op-amp per branch holds
/// every drain at 0 V (so drain-induced barrier lowering is the same in all branches and cancels) and gives
/// V_out,k = R_F · I_k. Pins: <c>in1 … inN out1 … outN vdd vss</c>. Each transistor's body is tied to the common
/// source (an isolated p-well, deep n-well in a 180 nm process), so the slope factor n is the same in all branches.
/// </summary>
public static class TranslinearSoftmax
{
    /// <summary>Subcircuit name for <paramref name="inputs"/> inputs.</summary>
    public static string Name(int inputs) => "softmax" + inputs.ToString(CultureInfo.InvariantCulture);

    /// <summary>The circuit for <paramref name="process"/> with <paramref name="options"/> (null: 4 inputs, the defaults).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, TranslinearSoftmaxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new TranslinearSoftmaxOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(o.Inputs, 2);
        var p = process;
        var amp = OpAmps.Name(o.OpAmp);
        var items = new List<NetlistItem>
        {
            // Cascode mirror: MT2's drain sits at MT1's, so the tail copies I_T whatever the common source does.
            new CurrentSource("Itail", "0", "ncas", o.TailAmperes),
            Mos.N(p, "MC1", "ncas", "ncas", "nbias", "vss", o.TailWidth, o.TailLength),
            Mos.N(p, "MT1", "nbias", "nbias", "vss", "vss", o.TailWidth, o.TailLength),
            Mos.N(p, "MC2", "cs", "ncas", "nt", "vss", o.TailWidth, o.TailLength),
            Mos.N(p, "MT2", "nt", "nbias", "vss", "vss", o.TailWidth, o.TailLength),
        };
        for (var k = 1; k <= o.Inputs; k++)
        {
            items.Add(new Resistor($"Ra{k}", $"in{k}", $"g{k}", o.AttenuatorSeriesOhms));
            items.Add(new Resistor($"Rb{k}", $"g{k}", "0", o.AttenuatorShuntOhms));
            items.Add(Mos.N(p, $"ME{k}", $"d{k}", $"g{k}", "cs", "cs", o.PairWidth, o.PairLength));
            items.Add(new SubcircuitInstance($"XO{k}", ["0", $"d{k}", $"out{k}", "vdd", "vss"], amp));
            items.Add(new Resistor($"Rf{k}", $"d{k}", $"out{k}", o.FeedbackOhms));
            items.Add(new Capacitor($"Cf{k}", $"d{k}", $"out{k}", o.FeedbackFarads));
        }

        var ports = Enumerable.Range(1, o.Inputs).Select(k => $"in{k}")
            .Concat(Enumerable.Range(1, o.Inputs).Select(k => $"out{k}"))
            .Concat(["vdd", "vss"]).ToList();
        return new SubcircuitDefinition(Name(o.Inputs), ports, items);
    }
}
