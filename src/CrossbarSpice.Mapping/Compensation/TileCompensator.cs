using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Compensation;

/// <summary>
/// Pre-distortion of one tile: finds programmed conductances G with M(G) = G_target cell by cell, M the wired tile's
/// effective conductances (<see cref="IEffectiveConductances"/>). Matching every cell (not only each G+/G− pair's
/// difference) makes the differential weights and the common mode both right, for every input of an ohmic tile.
/// </summary>
/// <remarks>
/// Iteration: G ← G + (G_target − M(G)) / s per cell, clipped to [floor, ceiling]. The slope s is the cell's own
/// secant dM/dG from the last two iterates when that lies within [0.2, 1.2]·M/G, else M/G (the cell's apparent
/// attenuation: exact when the wires' drop does not depend on G). Every cell moves at once, so the secant also sees
/// the extra drop that raising the other cells of the row and column brings; the plain M/G step alone converges
/// linearly with ratio ≈ ε/(1 − ε) for a fractional loss ε and would stall near ε = ½.
/// </remarks>
public static class TileCompensator
{
    /// <summary>Compensates <paramref name="target"/>.</summary>
    /// <param name="target">The conductances the tile should appear to have, S.</param>
    /// <param name="map">M(G) of the tile.</param>
    /// <param name="floorSiemens">Lowest programmable conductance (the device's Gmin).</param>
    /// <param name="ceilingSiemens">Highest programmable conductance (the device's Gmax).</param>
    /// <param name="rangeSiemens">Gmax − Gmin: the tolerance's unit.</param>
    /// <param name="settings">Tolerance and iteration limit.</param>
    public static TileCompensation Compensate(ConductanceMatrix target, IEffectiveConductances map, double floorSiemens, double ceilingSiemens, double rangeSiemens, CompensationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(settings);
        var t = target.Siemens.ToArray();
        var n = t.Length;
        var g = new double[n];
        for (var i = 0; i < n; i++)
        {
            g[i] = Math.Clamp(t[i], floorSiemens, ceilingSiemens);
        }

        var m = Evaluate(map, target, g);
        double[]? previousG = null;
        double[]? previousM = null;
        var tolerance = settings.Tolerance * rangeSiemens;
        var iterations = 0;
        var converged = false;
        var needed = 0.0;
        int high = 0, low = 0;
        while (true)
        {
            // Cells at a bound whose step points out of range cannot improve: they are clipped, not unconverged.
            var worst = 0.0;
            var next = new double[n];
            high = 0;
            low = 0;
            needed = 0.0;
            for (var i = 0; i < n; i++)
            {
                var apparent = g[i] > 0 && m[i] > 0 ? m[i] / g[i] : 1;
                var slope = apparent;
                if (previousG is not null && Math.Abs(g[i] - previousG[i]) > 1e-12 * rangeSiemens)
                {
                    var secant = (m[i] - previousM![i]) / (g[i] - previousG[i]);
                    if (secant >= 0.2 * apparent && secant <= 1.2 * apparent)
                    {
                        slope = secant;
                    }
                }

                var wanted = g[i] + ((t[i] - m[i]) / slope);
                needed = Math.Max(needed, wanted);
                next[i] = Math.Clamp(wanted, floorSiemens, ceilingSiemens);
                var atHigh = g[i] >= ceilingSiemens && wanted > ceilingSiemens;
                var atLow = g[i] <= floorSiemens && wanted < floorSiemens;
                high += atHigh ? 1 : 0;
                low += atLow ? 1 : 0;
                if (!atHigh && !atLow)
                {
                    worst = Math.Max(worst, Math.Abs(t[i] - m[i]));
                }
            }

            if (worst <= tolerance)
            {
                converged = true;
                break;
            }

            if (iterations == settings.MaxIterations)
            {
                break;
            }

            previousG = g;
            previousM = m;
            g = next;
            m = Evaluate(map, target, g);
            iterations++;
        }

        return new TileCompensation(new ConductanceMatrix(target.Rows, target.Columns, g), iterations, converged, high, low, needed);
    }

    private static double[] Evaluate(IEffectiveConductances map, ConductanceMatrix shape, double[] g)
    {
        var m = map.Of(new ConductanceMatrix(shape.Rows, shape.Columns, g));
        return m.Length == g.Length
            ? m
            : throw new InvalidOperationException($"the effective conductances have {m.Length} values for a {shape.Rows}×{shape.Columns} tile");
    }
}
