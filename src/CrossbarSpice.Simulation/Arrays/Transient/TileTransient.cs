using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// Transient mode of the exact array solver for RC tiles: the tile of <see cref="CrossbarTileCircuit"/> (wires, wire
/// capacitance, driver and readout resistances, ohmic cells) exactly as <see cref="CrossbarTileNetlistBuilder"/> writes
/// it, integrated by backward Euler or the trapezoidal rule (backward Euler off each corner of a row waveform, as in
/// SPICE) with one KLU factorisation per step size and rule.
/// </summary>
/// <remarks>
/// The nodal equations are G·x + C·dx/dt = B·u(t): G and B those of the DC solver (<see cref="CrossbarArraySolver"/>),
/// C diagonal (each segment's capacitor to ground at its cell end). The run starts from the DC operating point with
/// every row at its <see cref="RowWaveform.InitialVolts"/>; columns sit at the same virtual ground as in the DC solver,
/// so column currents are the currents into the readouts. Only ohmic cells: selector (1S1M) and transistor (1T1M)
/// tiles are refused (their Newton iteration per time step is not built).
/// </remarks>
public static class TileTransient
{
    /// <summary>The response of <paramref name="tile"/> to every row stepping at t = 0 from
    /// <paramref name="rowVoltsBefore"/> to <paramref name="rowVoltsAfter"/> (ramp of
    /// <see cref="TileTransientOptions.RiseSeconds"/>).</summary>
    /// <param name="tile">An ohmic tile.</param>
    /// <param name="rowVoltsBefore">Row source voltages before the step, V, one per row.</param>
    /// <param name="rowVoltsAfter">Row source voltages after it, V, one per row.</param>
    /// <param name="options">Time grid, method, probes.</param>
    /// <exception cref="ArgumentException">Wrong voltage counts, a non-ohmic tile, a bad grid or probe.</exception>
    public static TileTransientResult StepResponse(
        CrossbarTileCircuit tile, IReadOnlyList<double> rowVoltsBefore, IReadOnlyList<double> rowVoltsAfter, TileTransientOptions options)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(rowVoltsBefore);
        ArgumentNullException.ThrowIfNull(rowVoltsAfter);
        ArgumentNullException.ThrowIfNull(options);
        if (rowVoltsBefore.Count != tile.Rows || rowVoltsAfter.Count != tile.Rows)
        {
            throw new ArgumentException($"{rowVoltsBefore.Count} and {rowVoltsAfter.Count} row voltages given for a tile of {tile.Rows} rows", nameof(rowVoltsAfter));
        }

        var waveforms = new RowWaveform[tile.Rows];
        for (var i = 0; i < tile.Rows; i++)
        {
            waveforms[i] = RowWaveform.Step(rowVoltsBefore[i], rowVoltsAfter[i], options.RiseSeconds);
        }

        return Simulate(tile, waveforms, options);
    }

    /// <summary>The response of <paramref name="tile"/> to arbitrary piecewise-linear row waveforms.</summary>
    /// <param name="tile">An ohmic tile.</param>
    /// <param name="rowWaveforms">One waveform per row.</param>
    /// <param name="options">Time grid, method, probes (<see cref="TileTransientOptions.RiseSeconds"/> is not used).</param>
    /// <exception cref="ArgumentException">Wrong waveform count, a non-ohmic tile, a bad grid or probe.</exception>
    public static TileTransientResult Simulate(CrossbarTileCircuit tile, IReadOnlyList<RowWaveform> rowWaveforms, TileTransientOptions options)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(rowWaveforms);
        ArgumentNullException.ThrowIfNull(options);
        if (rowWaveforms.Count != tile.Rows)
        {
            throw new ArgumentException($"{rowWaveforms.Count} row waveforms given for a tile of {tile.Rows} rows", nameof(rowWaveforms));
        }

        if (tile.CellKind != CrossbarCellKind.Ohmic)
        {
            throw new ArgumentException(
                $"the transient array solver takes ohmic cells only; this tile's cells are {tile.CellKind} (simulate it with ngspice instead)", nameof(tile));
        }

        foreach (var probe in options.ProbeNodes)
        {
            if (probe.Row < 0 || probe.Row >= tile.Rows || probe.Column < 0 || probe.Column >= tile.Columns)
            {
                throw new ArgumentException($"probe {probe} is outside the {tile.Rows}x{tile.Columns} tile", nameof(options));
            }
        }

        using var stepper = new RcArrayStepper(tile);
        return stepper.Run(rowWaveforms, options.Grid(), options.Method, options.ProbeNodes);
    }
}
