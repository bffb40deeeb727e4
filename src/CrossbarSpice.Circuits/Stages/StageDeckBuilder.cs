using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// The deck of an element-wise or pooling stage: one lane of the circuit with its input sources at 0 V, the
/// supplies and an operating point. The co-simulation's <c>spice</c> level sweeps every lane of a sample through it.
/// </summary>
public static class StageDeckBuilder
{
    /// <summary>True for the stages whose deck this builder writes (<see cref="CircuitStage.HasDeck"/>).</summary>
    public static bool HasDeck(CircuitStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.HasDeck;
    }

    /// <summary>The deck text of <paramref name="stage"/> in design <paramref name="design"/>, supplies ±<paramref name="supplyVolts"/>.</summary>
    public static string Build(CircuitStage stage, string design, double supplyVolts)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!stage.HasDeck)
        {
            throw new ArgumentException($"stage {stage.Layers[0]} has no stage deck of its own", nameof(stage));
        }

        var folderDepth = stage.Deck.Count(c => c == '/');
        var items = new List<NetlistItem>
        {
            new Comment($"design {design}, layer {string.Join(", ", stage.Layers)}: one lane; inputs {string.Join(" ", stage.InputSources)}, output {stage.OutputNodes[^1][0]}"),
            new IncludeDirective(string.Concat(Enumerable.Repeat("../", folderDepth)) + DesignPeriphery.LibraryPath),
        };
        for (var i = 0; i < stage.InputSources.Count; i++)
        {
            items.Add(new VoltageSource(stage.InputSources[i], $"in{i}", "0", 0.0));
        }

        if (stage.UsesSupplies)
        {
            items.Add(new VoltageSource("Vdd", "vdd", "0", supplyVolts));
            items.Add(new VoltageSource("Vss", "vss", "0", -supplyVolts));
        }

        items.AddRange(stage.LaneCircuit());
        items.Add(new OpAnalysis());
        return SpiceNetlistWriter.Write(new SpiceNetlist($"{design}: {stage.Layers[0]} periphery stage", items));
    }
}
