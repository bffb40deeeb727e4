namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// The categories of [P0] Table III ([P0], "the energy consumption of EMSN"), which every layer kind places
/// itself in (<see cref="LayerCircuit.TableThreeCategory"/>), and the table's own figures.
/// </summary>
public static class TableThree
{
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

    /// <summary>[P0] Table III, pJ, in the table's order; the seed's total (2057.98 pJ) is not the sum of its rows (681.55 pJ).</summary>
    public static IReadOnlyList<(string Category, double Picojoules)> Seed { get; } =
    [
        (BiLstm2d, 226.73),
        (Normalisation, 27.22),
        (Mlp, 78.22),
        (PatchEmbedding, 327.45),
        (Gap, 10.66),
        (Timing, 11.27),
    ];

    /// <summary>[P0] Table III's total, pJ.</summary>
    public const double SeedTotalPicojoules = 2057.98;
}
