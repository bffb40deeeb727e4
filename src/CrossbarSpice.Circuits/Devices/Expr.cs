using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>Number text for B-source expressions: round-trip, invariant, negatives parenthesised.</summary>
internal static class Expr
{
    public static string N(double value)
    {
        var text = InvariantNumber.Format(value);
        return value < 0 ? "(" + text + ")" : text;
    }
}
