using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.ReadSchemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>
/// The <c>mapped</c> level of a bit-serial design: one crossbar with ideal wires on the conductances the mapped level
/// reads (<see cref="TilePlan.MappedConductances"/>, for non-linear cells their effective conductances at the read
/// voltage), every input applied as the value its bit-planes code, q(x) (<see cref="ReadScheme.Quantise"/>; the bias
/// row's input too): y_j = Σ_r (G[r, 2j] − G[r, 2j+1])·q(u_r) / k. The sum over planes of the wired level reduces to
/// this when every cell passes G·V at ±V_read, so the two levels mean the same scheme. Thread-safe.
/// </summary>
internal sealed class BitSerialMappedRead : ICrossbarRead
{
    private readonly LayerPlan layer;
    private readonly ReadScheme scheme;
    private readonly ConductanceMatrix conductances;

    /// <summary>Prepares <paramref name="layer"/> for reads under <paramref name="scheme"/>.</summary>
    public BitSerialMappedRead(LayerPlan layer, ReadScheme scheme)
    {
        this.layer = layer;
        this.scheme = scheme;
        conductances = new TiledCrossbar(layer.Layout.Rows, layer.Layout.Columns, [.. layer.Tiles.Select(t => (t.Block, t.MappedConductances))]).Assemble();
    }

    /// <inheritdoc />
    public int Inputs => layer.Layout.Inputs;

    /// <inheritdoc />
    public int Outputs => layer.Layout.Outputs;

    /// <inheritdoc />
    public void Read(ReadOnlySpan<double> x, Span<double> y)
    {
        var layout = layer.Layout;
        var rows = new double[layout.Rows];
        for (var i = 0; i < layout.Inputs; i++)
        {
            rows[i] = scheme.Quantise(x[i]);
        }

        if (layout.HasBiasRow)
        {
            rows[layout.Inputs] = scheme.Quantise(layout.BiasInput);
        }

        var columns = conductances.ColumnCurrents(rows);
        for (var j = 0; j < layout.Outputs; j++)
        {
            y[j] = (columns[2 * j] - columns[(2 * j) + 1]) / layout.SiemensPerWeight;
        }
    }
}
