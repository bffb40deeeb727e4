using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Analysis.Energy;

/// <summary>
/// The module rows of a sequencer-like design (one with an LSTM layer) grouped into the categories of seed 000
/// Table III ("the energy consumption of EMSN"), by layer type and position: the first crossbar layer when it is a
/// convolution with stride = kernel, the input buffer (the seed's SRAM groups) and the DACs → patch embedding;
/// lstm / bilstm / bilstm2d → BiLSTM2D; clamp (<c>boundedLinearTanh</c>) and <c>layerNorm</c> → normalisation; a dense
/// layer before the global average pooling, and the activation after it → MLP; <c>globalAvgPool</c> → GAP; dense
/// layers after the pooling (the head) → linear classifier, which Table III has no row for; the timing generator →
/// timing; the output ADCs → output ADC (not in the seed either); anything else → other.
/// </summary>
public static class TableThreeBreakdown
{
    /// <summary>Seed 000 Table III, pJ, in the table's order; the seed's total (2057.98 pJ) is not the sum of its rows (681.55 pJ).</summary>
    public static IReadOnlyList<(string Category, double Picojoules)> Seed { get; } =
    [
        (BiLstm2d, 226.73),
        (Normalisation, 27.22),
        (Mlp, 78.22),
        (PatchEmbedding, 327.45),
        (Gap, 10.66),
        (Timing, 11.27),
    ];

    /// <summary>Seed 000 Table III's total, pJ.</summary>
    public const double SeedTotalPicojoules = 2057.98;

    /// <summary>Category of the BiLSTM2D layers.</summary>
    public const string BiLstm2d = "BiLSTM2D circuit module";

    /// <summary>Category of the normalisation circuits.</summary>
    public const string Normalisation = "normalisation circuit module";

    /// <summary>Category of the block's dense layers.</summary>
    public const string Mlp = "multi-layer perceptron module";

    /// <summary>Category of the patch embedding.</summary>
    public const string PatchEmbedding = "patch embedding module";

    /// <summary>Category of the global average pooling.</summary>
    public const string Gap = "global average pooling module";

    /// <summary>Category of the timing generator.</summary>
    public const string Timing = "timing signal generation module";

    /// <summary>Category of the head (not a row of the seed's table).</summary>
    public const string Classifier = "linear classifier (not in Table III)";

    /// <summary>Category of the output ADCs (not a row of the seed's table).</summary>
    public const string OutputAdc = "output ADC (not in Table III)";

    /// <summary>Anything the rules do not place.</summary>
    public const string Other = "other";

    /// <summary>True when <paramref name="graph"/> has an LSTM layer (the breakdown is made for those).</summary>
    public static bool Applies(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Layers.Any(l => l.Op is LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer);
    }

    /// <summary>The category of every layer of <paramref name="graph"/> that has rows, by layer name.</summary>
    public static IReadOnlyDictionary<string, string> LayerCategories(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstCrossbar = graph.Layers.FirstOrDefault(l => CrossbarMatrix.Of(l).Count > 0);
        var lastPool = graph.Layers.Select((l, k) => (l, k)).LastOrDefault(p => p.l.Op is GlobalAveragePoolLayer).k;
        var hasPool = graph.Layers.Any(l => l.Op is GlobalAveragePoolLayer);
        var lastDense = graph.Layers.LastOrDefault(l => l.Op is DenseLayer);
        string? previous = null;
        for (var k = 0; k < graph.Layers.Count; k++)
        {
            var layer = graph.Layers[k];
            string? category = layer.Op switch
            {
                Conv2dLayer conv when layer == firstCrossbar && conv.Stride == conv.KernelSize => PatchEmbedding,
                LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer => BiLstm2d,
                ActivationLayer { Kind: ActivationKind.BoundedLinearTanh } or LayerNormLayer => Normalisation,
                DenseLayer when (hasPool ? k > lastPool : layer == lastDense) => Classifier,
                DenseLayer => Mlp,
                GlobalAveragePoolLayer => Gap,
                PermuteLayer or FlattenLayer => null,
                ActivationLayer => previous ?? Other,
                _ => Other,
            };
            if (category is not null)
            {
                categories[layer.Name] = category;
                previous = category;
            }
        }

        return categories;
    }

    /// <summary>The breakdown of <paramref name="report"/>: seed 000's categories in Table III's order (each present,
    /// zero when no row falls in it), then the extra categories that have rows. The rows sum to the report's total.</summary>
    public static IReadOnlyList<CategoryRow> Of(NetworkGraph graph, EnergyReport report)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(report);
        var layers = LayerCategories(graph);
        var groups = report.Rows.GroupBy(r => CategoryOf(r, layers)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var order = Seed.Select(s => s.Category).Concat([Classifier, OutputAdc, Other]);
        var result = new List<CategoryRow>();
        foreach (var category in order)
        {
            var seed = Seed.Where(s => s.Category == category).Select(s => (double?)s.Picojoules).FirstOrDefault();
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
        "control" => Timing,
        "io" when row.Module.StartsWith("ADC", StringComparison.Ordinal) => OutputAdc,
        "io" => PatchEmbedding,
        _ => layers.GetValueOrDefault(row.Group, Other),
    };
}
