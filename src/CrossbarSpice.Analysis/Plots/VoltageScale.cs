using System.Globalization;

namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// The SI prefix a voltage axis reads best in: the largest of V, mV, µV, nV, pV, fV in which the largest magnitude
/// plotted is at least 1 (so the ticks carry 1–3 integer digits instead of reading "0" at 1e-16 V), fV for anything
/// smaller, mV when everything is zero.
/// </summary>
/// <param name="Unit">The unit's symbol, e.g. <c>mV</c>.</param>
/// <param name="VoltsPerUnit">Volts per one of the unit, e.g. 1e-3.</param>
public sealed record VoltageScale(string Unit, double VoltsPerUnit)
{
    private static readonly VoltageScale[] Ladder =
    [
        new("V", 1), new("mV", 1e-3), new("µV", 1e-6), new("nV", 1e-9), new("pV", 1e-12), new("fV", 1e-15),
    ];

    /// <summary>The scale for values whose largest magnitude is <paramref name="largestMagnitudeVolts"/> (V).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static VoltageScale For(double largestMagnitudeVolts)
    {
        if (!double.IsFinite(largestMagnitudeVolts) || largestMagnitudeVolts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(largestMagnitudeVolts), largestMagnitudeVolts, "expected a finite magnitude ≥ 0");
        }

        if (largestMagnitudeVolts == 0)
        {
            return Ladder[1];
        }

        // A hair below 1 so that 0.9999999999 mV (rounding in the sum of volts) still reads in mV, not µV.
        return Ladder.FirstOrDefault(s => largestMagnitudeVolts / s.VoltsPerUnit >= 1 - 1e-9) ?? Ladder[^1];
    }

    /// <summary>The scale for the largest magnitude among <paramref name="volts"/> (empty: mV).</summary>
    public static VoltageScale For(IEnumerable<double> volts)
    {
        ArgumentNullException.ThrowIfNull(volts);
        return For(volts.Select(Math.Abs).DefaultIfEmpty(0).Max());
    }

    /// <summary><paramref name="volts"/> in this unit.</summary>
    public double Of(double volts) => volts / VoltsPerUnit;

    /// <summary>An axis label: <paramref name="quantity"/> followed by the unit in parentheses.</summary>
    public string Label(string quantity) => string.Create(CultureInfo.InvariantCulture, $"{quantity} ({Unit})");
}
