using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Arrays.Transient;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// The arrays' own settling for a crossbar stage whose tiles enter ngspice as resistive port equivalents (which drop the
/// wire capacitance): every tile of the layer stepped from one read's row voltages to the next by the exact RC array
/// solver (<see cref="TileTransient"/>), the settle time that of the slowest column current into the band
/// band / R_F (the readout turns a column current error ΔI into ΔI·R_F volts). The stage's clock is then this plus the
/// periphery's settle time measured by ngspice on the port decks: in series, an upper bound, since the readout starts
/// moving as soon as the column currents do.
/// </summary>
internal static class ArraySettling
{
    /// <summary>Settle time, s, of <paramref name="layer"/>'s tiles for a step of the inputs (network units) from
    /// <paramref name="before"/> to <paramref name="after"/>; 0 when nothing moves outside the band.</summary>
    public static double Seconds(LayerPlan layer, ManifestOptions options, double voltsPerUnit, double[] before, double[] after, double bandAmps)
    {
        var rowsBefore = RowVolts(layer, voltsPerUnit, before);
        var rowsAfter = RowVolts(layer, voltsPerUnit, after);
        var settle = 0.0;
        foreach (var tile in layer.Tiles)
        {
            var circuit = TileCircuits.For(tile, options);
            if (circuit.CellKind != Circuits.Crossbar.CrossbarCellKind.Ohmic)
            {
                continue;
            }

            var block = tile.Block;
            var from = rowsBefore.AsSpan(block.RowStart, block.RowCount).ToArray();
            var to = rowsAfter.AsSpan(block.RowStart, block.RowCount).ToArray();

            // A uniform grid (one factorisation), ten times longer until the run outlasts the settling by 25 %.
            for (var stop = 1e-9; stop <= 1e-5; stop *= 10)
            {
                var result = TileTransient.StepResponse(circuit, from, to, new TileTransientOptions { StepSeconds = stop / 1000, StopSeconds = stop });
                var s = result.SettleSeconds(0, bandAmps);
                if (s <= 0.8 * stop)
                {
                    settle = Math.Max(settle, s);
                    break;
                }
            }
        }

        return settle;
    }

    private static double[] RowVolts(LayerPlan layer, double voltsPerUnit, double[] x)
    {
        var layout = layer.Layout;
        var rows = new double[layout.Rows];
        for (var i = 0; i < layout.Inputs; i++)
        {
            rows[i] = voltsPerUnit * x[i];
        }

        if (layout.HasBiasRow)
        {
            rows[layout.Inputs] = voltsPerUnit * layout.BiasInput;
        }

        return rows;
    }
}
