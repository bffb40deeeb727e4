namespace CrossbarSpice.Cosim.Energy;

/// <summary>One row of the seed-000 Table III breakdown: a category and the sum of its module rows.</summary>
/// <param name="Category">Category name, e.g. <c>BiLSTM2D circuit module</c>.</param>
/// <param name="JoulesPerInference">Σ energy per inference of its module rows, J (NaN in an area-only report).</param>
/// <param name="AreaSquareMeters">Σ area of its module rows, m².</param>
/// <param name="SeedPicojoules">[P0] Table III's figure for the category, pJ, or null when the seed has no row.</param>
/// <param name="Members">The layers (or io/control modules) counted, comma-separated.</param>
public sealed record CategoryRow(string Category, double JoulesPerInference, double AreaSquareMeters, double? SeedPicojoules, string Members);
