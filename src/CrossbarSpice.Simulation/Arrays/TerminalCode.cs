namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// A branch terminal of an <see cref="ArrayNetwork"/> as one int: k ≥ 0 is unknown node k; the negative codes are
/// nodes whose voltage is known: ground (−1), the ideal source of row i (−2 − 2i, at the row's input voltage), and
/// the virtual-ground readout input of column j (−3 − 2j, at 0 V).
/// </summary>
internal static class TerminalCode
{
    /// <summary>Ground, 0 V.</summary>
    public const int Ground = -1;

    /// <summary>The ideal source node of row <paramref name="row"/>.</summary>
    public static int Input(int row) => -2 - (2 * row);

    /// <summary>The virtual-ground readout input of column <paramref name="column"/> (0 V).</summary>
    public static int Readout(int column) => -3 - (2 * column);

    /// <summary>True for an unknown node.</summary>
    public static bool IsUnknown(int code) => code >= 0;

    /// <summary>The row whose source this is, or −1 when <paramref name="code"/> is not a row source.</summary>
    public static int InputRow(int code) => code <= -2 && (-code - 2) % 2 == 0 ? (-code - 2) / 2 : -1;

    /// <summary>The column whose readout this is, or −1 when <paramref name="code"/> is not a readout input.</summary>
    public static int ReadoutColumn(int code) => code <= -3 && (-code - 3) % 2 == 0 ? (-code - 3) / 2 : -1;

    /// <summary>Voltage of <paramref name="code"/>, V: an unknown's from <paramref name="unknowns"/>, a row source's
    /// from <paramref name="rowVolts"/>, 0 for ground and readout inputs.</summary>
    public static double Voltage(int code, ReadOnlySpan<double> unknowns, ReadOnlySpan<double> rowVolts)
    {
        if (code >= 0)
        {
            return unknowns[code];
        }

        var row = InputRow(code);
        return row >= 0 ? rowVolts[row] : 0.0;
    }
}
