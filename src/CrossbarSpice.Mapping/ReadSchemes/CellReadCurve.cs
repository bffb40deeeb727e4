using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.ReadSchemes;

/// <summary>
/// A non-linear cell's effective conductance at one read voltage: G_eff(G) = I_cell(V_read) / V_read for a memristor
/// programmed to G (a 1S1M cell passes far less than G·V: the selector takes part of the voltage). Sampled by the
/// exact solver at compile time (Mapping may not run it, so the samples are handed in) and interpolated linearly
/// between samples; it must rise strictly with G, so the map can be inverted: a weight is mapped onto effective
/// conductances, then programmed at the G whose cell passes that current. Immutable.
/// </summary>
public sealed class CellReadCurve
{
    private readonly double[] programmed;
    private readonly double[] effective;

    /// <summary>Creates the curve from samples (<paramref name="programmedSiemens"/> ascending, any order is sorted).</summary>
    /// <param name="readVolts">The read voltage the samples were taken at, V.</param>
    /// <param name="programmedSiemens">Memristor conductances, S.</param>
    /// <param name="effectiveSiemens">The cell's current at <paramref name="readVolts"/> over <paramref name="readVolts"/>, S, one per sample.</param>
    /// <exception cref="ArgumentException">Fewer than two samples, different counts, or an effective conductance that does not rise with G.</exception>
    public CellReadCurve(double readVolts, IReadOnlyList<double> programmedSiemens, IReadOnlyList<double> effectiveSiemens)
    {
        ArgumentNullException.ThrowIfNull(programmedSiemens);
        ArgumentNullException.ThrowIfNull(effectiveSiemens);
        if (programmedSiemens.Count < 2 || programmedSiemens.Count != effectiveSiemens.Count)
        {
            throw new ArgumentException("a read curve needs two or more samples, one effective conductance per programmed one");
        }

        var order = Enumerable.Range(0, programmedSiemens.Count).OrderBy(i => programmedSiemens[i]).ToArray();
        programmed = [.. order.Select(i => programmedSiemens[i])];
        effective = [.. order.Select(i => effectiveSiemens[i])];
        for (var i = 1; i < programmed.Length; i++)
        {
            if (!(programmed[i] > programmed[i - 1]) || !(effective[i] > effective[i - 1]))
            {
                throw new ArgumentException($"the cell's read current must rise with G: G_eff({programmed[i - 1]:G6} S) = {effective[i - 1]:G6} S, G_eff({programmed[i]:G6} S) = {effective[i]:G6} S");
            }
        }

        ReadVolts = readVolts;
    }

    /// <summary>The read voltage, V.</summary>
    public double ReadVolts { get; }

    /// <summary>G_eff of a memristor at <paramref name="programmedSiemens"/> (clamped to the sampled range), S.</summary>
    public double Effective(double programmedSiemens) => Interpolate(programmed, effective, programmedSiemens);

    /// <summary>The G whose cell has <paramref name="effectiveSiemens"/> (clamped to the sampled range), S.</summary>
    public double Programmed(double effectiveSiemens) => Interpolate(effective, programmed, effectiveSiemens);

    /// <summary>
    /// What the mapping sees of <paramref name="device"/> through the cell: the range [G_eff(Gmin), G_eff(Gmax)] and the
    /// card's levels at their effective conductances (same order, spacing as the card's in G, no longer in G_eff).
    /// </summary>
    public DeviceRange EffectiveRange(DeviceRange device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var levels = device.Levels is { } l ? l with { ConductancesSiemens = [.. l.ConductancesSiemens.Select(Effective)] } : null;
        return new DeviceRange(Effective(device.GminSiemens), Effective(device.GmaxSiemens), levels);
    }

    /// <summary>Every element of <paramref name="matrix"/> through <paramref name="map"/>.</summary>
    public static ConductanceMatrix Apply(ConductanceMatrix matrix, Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(map);
        var values = matrix.Siemens.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            // Unused positions (0 S) stay empty.
            values[i] = values[i] == 0 ? 0 : map(values[i]);
        }

        return new ConductanceMatrix(matrix.Rows, matrix.Columns, values);
    }

    private static double Interpolate(double[] xs, double[] ys, double x)
    {
        if (x <= xs[0])
        {
            return ys[0];
        }

        if (x >= xs[^1])
        {
            return ys[^1];
        }

        var i = Array.BinarySearch(xs, x);
        if (i >= 0)
        {
            return ys[i];
        }

        var hi = ~i;
        var lo = hi - 1;
        return ys[lo] + ((ys[hi] - ys[lo]) * (x - xs[lo]) / (xs[hi] - xs[lo]));
    }
}
