using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// Cuts a sequential network into the modules of its circuit, asking each layer's catalog entry
/// (<see cref="LayerCircuits"/>) for its stage: crossbar stages (with the element-wise circuit of the next layer fused
/// behind the readouts), element-wise and averaging stages, LSTM cells, wiring, and an <see cref="UnsupportedStage"/>
/// with the reason for what has no circuit yet.
/// Voltage scales: the first crossbar's rows see <c>inputVoltsPerUnit</c>, every stage output (and so every later
/// crossbar's rows) is at <c>outputVoltsPerUnit</c>; readout feedback R_F = s_out / (k · s_in).
/// </summary>
public static class StagePlanner
{
    /// <summary>Plans <paramref name="graph"/> (one input, each layer reading the previous one).</summary>
    /// <param name="graph">The network.</param>
    /// <param name="siemensPerWeight">k of every crossbar layer, by layer name.</param>
    /// <param name="inputVoltsPerUnit">Volts per unit of the network input.</param>
    /// <param name="outputVoltsPerUnit">Volts per unit of every stage output.</param>
    /// <param name="withPeriphery">False when no CMOS process is known: no activation or pooling circuit, those layers
    /// become <see cref="UnsupportedStage"/>s saying so.</param>
    /// <param name="lstm">The LSTM cell circuits (null: <see cref="LstmCircuitOptions.Default"/>).</param>
    public static IReadOnlyList<CircuitStage> Plan(NetworkGraph graph, IReadOnlyDictionary<string, double> siemensPerWeight, double inputVoltsPerUnit, double outputVoltsPerUnit, bool withPeriphery = true, LstmCircuitOptions? lstm = null)
    {
        var planning = new StagePlanning(graph, siemensPerWeight, inputVoltsPerUnit, outputVoltsPerUnit, withPeriphery, lstm ?? LstmCircuitOptions.Default);
        for (var i = 0; i < planning.Layers.Count;)
        {
            var layer = planning.Layers[i];
            var circuit = LayerCircuits.For(layer);
            if (!withPeriphery && circuit.NeedsPeriphery)
            {
                planning.Add(new UnsupportedStage([layer.Name], "the design was compiled without a CMOS process card, so it has no periphery circuits"));
                i++;
                continue;
            }

            i += circuit.Plan(planning, i);
        }

        return planning.Stages;
    }

    /// <summary>The averaging subcircuit an <see cref="AverageStage"/> with <paramref name="inputs"/> inputs instantiates.</summary>
    public static Netlist.Directives.SubcircuitDefinition AveragerDefinition(string subcircuit, int inputs) =>
        subcircuit == AveragePooling.Name(inputs) ? AveragePooling.Build(inputs, opAmp: OpAmpKind.CmosCascode) : SummingAverager.Build(inputs);

}
