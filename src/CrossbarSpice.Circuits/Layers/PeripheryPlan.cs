using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// Which characterised module computes which layer, with instance and operation counts per inference: each layer's
/// catalog entry adds its own (<see cref="LayerCircuit.AddPeripheryUses"/>): every crossbar output → a differential
/// readout (<c>current-subtractor</c>) operated once per read, every crossbar row → an inverter driver per tile row when
/// the design has inverter drivers (ideal drivers are the array's sources: their power is the array's), activations,
/// pooling and normalisation → their module per output element (per channel when the tensor streams out element
/// group by element group), an LSTM layer → <see cref="LstmCellPeriphery"/> per hidden unit of every cell, operated
/// once per time step; permute and flatten are wiring.
/// </summary>
public static class PeripheryPlan
{
    /// <summary>Every peripheral module use of <paramref name="graph"/>, in layer order.</summary>
    /// <param name="graph">The network (sequential).</param>
    /// <param name="tileRows">Physical rows (Σ over tiles) of each crossbar, by crossbar name.</param>
    /// <param name="inverterDrivers">True when the design drives its rows with CMOS inverters.</param>
    /// <param name="lstmSigmoids">Sigmoid choice of LSTM layers by layer name (the energy report's <c>LstmSigmoidChoices</c>); absent
    /// layers use <see cref="LstmCellPeriphery.SixTransistor"/>.</param>
    /// <exception cref="InputException">A layer with no circuit.</exception>
    public static IReadOnlyList<PeripheryUse> Uses(
        NetworkGraph graph, IReadOnlyDictionary<string, long> tileRows, bool inverterDrivers, IReadOnlyDictionary<string, string>? lstmSigmoids = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(tileRows);
        var planning = new PeripheryPlanning(graph.InferShapes(), tileRows, inverterDrivers, lstmSigmoids);
        foreach (var layer in graph.Layers)
        {
            LayerCircuits.For(layer).AddPeripheryUses(layer, planning);
        }

        return planning.Uses;
    }

    /// <summary>The distinct characterised modules <paramref name="uses"/> need, in first-use order.</summary>
    public static IReadOnlyList<PeripheryModule> ModulesOf(IEnumerable<PeripheryUse> uses)
    {
        ArgumentNullException.ThrowIfNull(uses);
        return [.. uses.Select(u => u.Module).Distinct().Select(m => PeripheryModules.Find(m) ?? throw new InvalidOperationException($"module {m} is not in the catalog"))];
    }
}
