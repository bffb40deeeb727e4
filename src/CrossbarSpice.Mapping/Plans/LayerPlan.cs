using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>The conductance plan of one crossbar layer: its layout and its tiles.</summary>
/// <param name="Name">Layer name from the architecture (e.g. "fc1").</param>
/// <param name="Layout">Where each weight sits and the scale k.</param>
/// <param name="MaxTileRows">Largest array height used for tiling.</param>
/// <param name="MaxTileColumns">Largest array width used for tiling.</param>
/// <param name="Tiles">The arrays, row tile major.</param>
public sealed record LayerPlan(string Name, MatrixLayout Layout, int MaxTileRows, int MaxTileColumns, IReadOnlyList<TilePlan> Tiles)
{
    /// <summary>The tiles as one logical crossbar.</summary>
    public TiledCrossbar ToTiledCrossbar() =>
        new(Layout.Rows, Layout.Columns, Tiles.Select(t => (t.Block, t.Programmed.Conductances)).ToList());

    /// <summary>The weights [outputs × inputs] and bias the programmed conductances realise.</summary>
    public (double[] Weights, double[] Bias) EffectiveWeights() =>
        Schemes.EffectiveWeights.From(ToTiledCrossbar().Assemble(), Layout);
}
