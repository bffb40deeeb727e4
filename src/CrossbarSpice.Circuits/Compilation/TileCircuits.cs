using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The physical circuit of one planned tile: its programmed conductances with the design's wires, drivers and
/// cells. The one place the netlist writer, the wired engine and the co-simulation take tiles from, so all
/// three solve the same circuit.
/// </summary>
public static class TileCircuits
{
    /// <summary>The tile with the given wire segment and driver resistances (Ω), cell devices and wire segment
    /// capacitance (F, 0 = none).</summary>
    public static CrossbarTileCircuit For(
        TilePlan tile,
        double segmentOhms,
        double driverOhms,
        ThresholdSelectorParameters? selector,
        AccessTransistorParameters? accessTransistor,
        double segmentFarads = 0)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return For(tile.Programmed.Conductances, segmentOhms, driverOhms, selector, accessTransistor, segmentFarads);
    }

    /// <summary>A tile of conductances <paramref name="g"/> with the given wires, drivers, cell devices and wire
    /// segment capacitance (F, 0 = none).</summary>
    public static CrossbarTileCircuit For(
        Mapping.Conductances.ConductanceMatrix g,
        double segmentOhms,
        double driverOhms,
        ThresholdSelectorParameters? selector,
        AccessTransistorParameters? accessTransistor,
        double segmentFarads = 0)
    {
        ArgumentNullException.ThrowIfNull(g);
        var values = new double[g.Rows, g.Columns];
        for (var r = 0; r < g.Rows; r++)
        {
            for (var c = 0; c < g.Columns; c++)
            {
                values[r, c] = g[r, c];
            }
        }

        return new CrossbarTileCircuit(values)
        {
            RowSegmentOhms = segmentOhms,
            ColumnSegmentOhms = segmentOhms,
            RowSegmentFarads = segmentFarads,
            ColumnSegmentFarads = segmentFarads,
            DriverOutputOhms = driverOhms,
            Selector = selector,
            AccessTransistor = accessTransistor,
        };
    }

    /// <summary>The tile as a compiled design's manifest describes it.</summary>
    public static CrossbarTileCircuit For(TilePlan tile, ManifestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return For(tile, options.SegmentOhms, options.DriverOhms, options.Selector, options.AccessTransistor, options.SegmentFarads ?? 0);
    }
}
