using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Schemes;

namespace CrossbarSpice.Mapping.Compensation;

/// <summary>
/// Pre-distortion of one tile: finds programmed conductances G whose wired effective conductances M(G)
/// (<see cref="IEffectiveConductances"/>) realise the target's weights, M(G+) − M(G−) = G_target+ − G_target− for every
/// G+/G− pair (columns 2j, 2j+1). Only the difference is matched: the readout subtracts the pair, and the common mode
/// cannot be matched anyway, since every cell of a long column passes at least Gmin's current through the shared
/// wire (a tile of Gmin cells already loses a large part of its row voltage to the wires).
/// </summary>
/// <remarks>
/// <para>One signed unknown x per pair. <see cref="MappingScheme.Linear"/>: G+ = Gmin + max(x, 0), G− = Gmin + max(−x, 0)
/// (the idle device stays at Gmin, as the mapping puts it). <see cref="MappingScheme.Balanced"/>: G± = c ± x/2 around
/// the pair's target mean c.</para>
/// <para>Iteration: x ← x + (D_target − D(x)) / s, D = M(G+) − M(G−), clipped to the device range. The slope s is the
/// pair's own secant dD/dx from the last two iterates when that lies within [0.2, 1.2] of the active device's apparent
/// attenuation M/G, else that attenuation (exact when the wires' drop does not depend on x). All pairs move at once,
/// so the secant also sees the extra drop that raising the other cells of the row and column brings.</para>
/// </remarks>
public static class TileCompensator
{
    /// <summary>Compensates <paramref name="target"/>.</summary>
    /// <param name="target">The mapped conductances whose pair differences the tile should realise, S; an even number of columns.</param>
    /// <param name="scheme">How the pairs were mapped (which device idles).</param>
    /// <param name="map">M(G) of the tile.</param>
    /// <param name="device">The device range: Gmin and Gmax bound every conductance.</param>
    /// <param name="settings">Tolerance and iteration limit.</param>
    /// <param name="start">Initial pair differences x (S, one per pair), e.g. an earlier solution at another scale;
    /// null: the target's differences.</param>
    public static TileCompensation Compensate(ConductanceMatrix target, MappingScheme scheme, IEffectiveConductances map, DeviceRange device, CompensationSettings settings, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(settings);
        if (target.Columns % 2 != 0)
        {
            throw new ArgumentException($"a tile holds G+/G− pairs: {target.Columns} columns", nameof(target));
        }

        if (start is not null && start.Count != target.Siemens.Length / 2)
        {
            throw new ArgumentException($"{start.Count} starting differences for {target.Siemens.Length / 2} pairs", nameof(start));
        }

        var t = target.Siemens;
        var pairs = t.Length / 2;
        var range = device.GmaxSiemens - device.GminSiemens;
        var want = new double[pairs];
        var centre = new double[pairs];
        var limit = new double[pairs];
        var x = new double[pairs];
        for (var p = 0; p < pairs; p++)
        {
            want[p] = t[2 * p] - t[(2 * p) + 1];
            centre[p] = (t[2 * p] + t[(2 * p) + 1]) / 2;
            limit[p] = scheme == MappingScheme.Balanced
                ? 2 * Math.Min(centre[p] - device.GminSiemens, device.GmaxSiemens - centre[p])
                : range;
            x[p] = Math.Clamp(start?[p] ?? want[p], -limit[p], limit[p]);
        }

        var matrix = Conductances(x, centre, scheme, device, target);
        var g = matrix.Siemens.ToArray();
        var m = Evaluate(map, matrix);
        double[]? previousX = null;
        double[]? previousD = null;
        var tolerance = settings.Tolerance * range;
        var iterations = 0;
        bool converged;
        int clipped;
        double needed;
        while (true)
        {
            var d = new double[pairs];
            var next = new double[pairs];
            var worst = 0.0;
            clipped = 0;
            needed = 0;
            for (var p = 0; p < pairs; p++)
            {
                d[p] = m[2 * p] - m[(2 * p) + 1];
                var active = scheme == MappingScheme.Balanced ? -1 : x[p] >= 0 ? 2 * p : (2 * p) + 1;
                var apparent = active >= 0
                    ? Apparent(m[active], g[active])
                    : (Apparent(m[2 * p], g[2 * p]) + Apparent(m[(2 * p) + 1], g[(2 * p) + 1])) / 2;
                var slope = apparent;
                if (previousX is not null && Math.Abs(x[p] - previousX[p]) > 1e-12 * range)
                {
                    var secant = (d[p] - previousD![p]) / (x[p] - previousX[p]);
                    if (secant >= 0.2 * apparent && secant <= 1.2 * apparent)
                    {
                        slope = secant;
                    }
                }

                var wanted = x[p] + ((want[p] - d[p]) / slope);
                needed = Math.Max(needed, scheme == MappingScheme.Balanced ? centre[p] + (Math.Abs(wanted) / 2) : device.GminSiemens + Math.Abs(wanted));
                next[p] = Math.Clamp(wanted, -limit[p], limit[p]);

                // A pair at its bound whose step points further out cannot improve: it is clipped, not unconverged.
                if (Math.Abs(x[p]) >= limit[p] && Math.Abs(wanted) > limit[p] && Math.Sign(wanted) == Math.Sign(x[p]))
                {
                    clipped++;
                }
                else
                {
                    worst = Math.Max(worst, Math.Abs(want[p] - d[p]));
                }
            }

            if (worst <= tolerance)
            {
                converged = true;
                break;
            }

            if (iterations == settings.MaxIterations)
            {
                converged = false;
                break;
            }

            previousX = x;
            previousD = d;
            x = next;
            matrix = Conductances(x, centre, scheme, device, target);
            g = matrix.Siemens.ToArray();
            m = Evaluate(map, matrix);
            iterations++;
        }

        return new TileCompensation(matrix, iterations, converged, clipped, needed, x);
    }

    private static double Apparent(double effective, double programmed) =>
        programmed > 0 && effective > 0 ? effective / programmed : 1;

    private static ConductanceMatrix Conductances(double[] x, double[] centre, MappingScheme scheme, DeviceRange device, ConductanceMatrix shape)
    {
        var g = new double[2 * x.Length];
        for (var p = 0; p < x.Length; p++)
        {
            if (scheme == MappingScheme.Balanced)
            {
                g[2 * p] = device.Clamp(centre[p] + (x[p] / 2));
                g[(2 * p) + 1] = device.Clamp(centre[p] - (x[p] / 2));
            }
            else
            {
                g[2 * p] = device.GminSiemens + Math.Max(x[p], 0);
                g[(2 * p) + 1] = device.GminSiemens + Math.Max(-x[p], 0);
            }
        }

        return new ConductanceMatrix(shape.Rows, shape.Columns, g);
    }

    private static double[] Evaluate(IEffectiveConductances map, ConductanceMatrix g)
    {
        var m = map.Of(g);
        return m.Length == g.Siemens.Length
            ? m
            : throw new InvalidOperationException($"the effective conductances have {m.Length} values for a {g.Rows}×{g.Columns} tile");
    }
}
