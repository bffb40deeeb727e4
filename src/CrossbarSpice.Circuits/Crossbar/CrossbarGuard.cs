namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>Argument checks shared by the crossbar description types.</summary>
internal static class CrossbarGuard
{
    /// <summary>Returns <paramref name="value"/> when it is finite and ≥ 0; throws otherwise.</summary>
    public static double NonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "must be finite and ≥ 0");
        }

        return value;
    }
}
