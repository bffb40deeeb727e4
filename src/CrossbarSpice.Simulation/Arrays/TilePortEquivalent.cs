using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using N = CrossbarSpice.Circuits.Crossbar.CrossbarTileNames;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// A tile's subcircuit as its exact port equivalent (<see cref="TilePortAdmittance"/>): the same name and port list as
/// <see cref="CrossbarTileNetlistBuilder.BuildSubcircuit"/>'s, holding one resistor of 1/(−Y_pq) Ω between every pair
/// of ports instead of the wire nodes, so a deck that instantiates the tile is unchanged apart from which definition
/// it sees. Resistances are written round-trip exact, so the deck is the tile to rounding.
/// </summary>
public static class TilePortEquivalent
{
    /// <summary>True when <paramref name="tile"/>'s subcircuit has wire nodes and ohmic cells, so a port equivalent
    /// exists and is smaller than the subcircuit's nodal matrix; with ideal wires the subcircuit already joins its
    /// ports directly and is its own port equivalent.</summary>
    public static bool Applies(CrossbarTileCircuit tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return TilePortAdmittance.Supports(tile) && (tile.RowSegmentOhms > 0 || tile.ColumnSegmentOhms > 0);
    }

    /// <summary>The port-equivalent subcircuit of <paramref name="tile"/> named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The tile's cells are not ohmic.</exception>
    public static SubcircuitDefinition Build(CrossbarTileCircuit tile, string name = N.DefaultSubcircuit)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Build(TilePortAdmittance.Compute(tile), name, tile.ToString());
    }

    /// <summary>The port-equivalent subcircuit of an admittance already computed.</summary>
    /// <param name="y">The tile's port admittance.</param>
    /// <param name="name">Subcircuit name.</param>
    /// <param name="description">What was reduced (written as a comment).</param>
    public static SubcircuitDefinition Build(TilePortAdmittance y, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(y);
        var ports = Enumerable.Range(0, y.Rows).Select(N.RowPort).Concat(Enumerable.Range(0, y.Columns).Select(N.ColumnPort)).ToList();
        var items = new List<NetlistItem>((y.Ports * (y.Ports - 1) / 2) + 1)
        {
            new Comment($"exact port equivalent of {description}: {y.InternalNodes} wire node(s) eliminated (Schur complement by KLU), a resistor of 1/(-Y_pq) ohm between ports p and q"),
        };
        for (var p = 0; p < y.Ports; p++)
        {
            for (var q = p + 1; q < y.Ports; q++)
            {
                // Y is symmetric (a reciprocal network); the two computed halves differ by rounding only.
                var siemens = -0.5 * (y[p, q] + y[q, p]);
                if (siemens > 0)
                {
                    items.Add(new Resistor($"R{InvariantNumber.Format(p)}_{InvariantNumber.Format(q)}", ports[p], ports[q], 1 / siemens));
                }
            }
        }

        return new SubcircuitDefinition(name, ports, items);
    }
}
