using CrossbarSpice.Mapping.Compensation;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>The conductance plan of one crossbar layer: its layout and its tiles.</summary>
/// <param name="Name">Layer name from the architecture (e.g. "fc1").</param>
/// <param name="Layout">Where each weight sits and the scale k.</param>
/// <param name="MaxTileRows">Largest array height used for tiling.</param>
/// <param name="MaxTileColumns">Largest array width used for tiling.</param>
/// <param name="Tiles">The arrays, row tile major.</param>
/// <param name="Compensation">What the IR-drop compensation did, or null without it.</param>
/// <param name="TileChoice">How <c>--tile auto</c> chose the tile size, or null for a fixed size.</param>
public sealed record LayerPlan(string Name, MatrixLayout Layout, int MaxTileRows, int MaxTileColumns, IReadOnlyList<TilePlan> Tiles, LayerCompensation? Compensation = null, TileSizeChoice? TileChoice = null)
{
    /// <summary>The tiles as one logical crossbar.</summary>
    public TiledCrossbar ToTiledCrossbar() =>
        new(Layout.Rows, Layout.Columns, Tiles.Select(t => (t.Block, t.Programmed.Conductances)).ToList());

    /// <summary>
    /// The weights [outputs × inputs] and bias the mapped level computes with: those the programmed conductances
    /// realise with ideal wires, or, for a compensated layer, those of its targets (<see cref="TilePlan.Target"/>).
    /// </summary>
    public (double[] Weights, double[] Bias) EffectiveWeights() =>
        Schemes.EffectiveWeights.From(new TiledCrossbar(Layout.Rows, Layout.Columns, Tiles.Select(t => (t.Block, t.MappedConductances)).ToList()).Assemble(), Layout);
}
