using System.Globalization;

namespace CrossbarSpice.Core.Formatting;

/// <summary>
/// Culture-invariant, round-trip number text for every file CrossbarSpice writes.
/// Values are never rounded: the shortest text that parses back to the same double is used.
/// </summary>
public static class InvariantNumber
{
    /// <summary>Shortest round-trip text of <paramref name="value"/>, e.g. <c>0.001</c>, <c>1E-12</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or infinity: no file format of ours holds them.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "cannot write a non-finite number");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Invariant text of an integer.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses invariant decimal/scientific text; false when it is not a finite number.</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
