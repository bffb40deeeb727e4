using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The module rows of a sequencer-like design (one with an LSTM layer) grouped into the categories of [P0]
/// Table III ([P0], "the energy consumption of EMSN", <see cref="TableThree"/>). Each layer's catalog entry names its
/// category (<see cref="LayerCircuit.TableThreeCategory"/>) from its kind and position: the first crossbar layer when
/// it is a convolution with stride = kernel → patch embedding; LSTM layers → BiLSTM2D; clamps and layer norms →
/// normalisation; dense layers of the block, and the activations after them → MLP; global average pooling → GAP;
/// dense layers after the pooling (the head) → linear classifier, which Table III has no row for. Here: the input
/// buffer (the seed's SRAM groups) and the DACs → patch embedding; the timing generator → timing; the output ADCs →
/// output ADC (not in the seed either); anything else → other.
/// </summary>
public static class TableThreeBreakdown
{
    /// <summary>True when <paramref name="graph"/> has an LSTM layer (the breakdown is made for those).</summary>
    public static bool Applies(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Layers.Any(l => LayerCircuits.For(l).IsRecurrent);
    }

    /// <summary>The category of every layer of <paramref name="graph"/> that has rows, by layer name.</summary>
    public static IReadOnlyDictionary<string, string> LayerCategories(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var layers = graph.Layers;
        var firstCrossbar = layers.FirstOrDefault(l => CrossbarMatrix.Of(l).Count > 0);

        // The head starts after the last global average pooling; without one it is the last layer of its kind.
        var neutral = new TableThreePosition(false, false, null);
        var lastPool = layers.Select((l, k) => (l, k)).LastOrDefault(p => LayerCircuits.For(p.l).TableThreeCategory(p.l, neutral) == TableThree.Gap, (null!, -1)).k;
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        string? previous = null;
        for (var k = 0; k < layers.Count; k++)
        {
            var layer = layers[k];
            var head = lastPool >= 0 ? k > lastPool : !layers.Skip(k + 1).Any(l => l.Op.GetType() == layer.Op.GetType());
            var category = LayerCircuits.For(layer).TableThreeCategory(layer, new TableThreePosition(layer == firstCrossbar, head, previous));
            if (category is not null)
            {
                categories[layer.Name] = category;
                previous = category;
            }
        }

        return categories;
    }

    /// <summary>The breakdown of <paramref name="report"/>: [P0]'s categories in Table III's order (each present,
    /// zero when no row falls in it), then the extra categories that have rows. The rows sum to the report's total.</summary>
    public static IReadOnlyList<CategoryRow> Of(NetworkGraph graph, EnergyReport report)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(report);
        var layers = LayerCategories(graph);
        var groups = report.Rows.GroupBy(r => CategoryOf(r, layers)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var order = TableThree.Seed.Select(s => s.Category).Concat([TableThree.Classifier, TableThree.OutputAdc, TableThree.Other]);
        var result = new List<CategoryRow>();
        foreach (var category in order)
        {
            var seed = TableThree.Seed.Where(s => s.Category == category).Select(s => (double?)s.Picojoules).FirstOrDefault();
            if (!groups.TryGetValue(category, out var rows) && seed is null)
            {
                continue;
            }

            rows ??= [];
            result.Add(new CategoryRow(
                category,
                rows.Sum(r => r.JoulesPerInference),
                rows.Sum(r => r.AreaSquareMeters),
                seed,
                string.Join(", ", rows.Select(r => r.Group is "io" or "control" ? r.Module : r.Group).Distinct())));
        }

        return result;
    }

    private static string CategoryOf(ModuleRow row, IReadOnlyDictionary<string, string> layers) => row.Group switch
    {
        "control" => TableThree.Timing,
        "io" when row.Module.StartsWith("ADC", StringComparison.Ordinal) => TableThree.OutputAdc,
        "io" => TableThree.PatchEmbedding,
        _ => layers.GetValueOrDefault(row.Group, TableThree.Other),
    };
}
