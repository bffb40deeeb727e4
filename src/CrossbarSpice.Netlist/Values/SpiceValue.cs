using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Netlist.Values;

/// <summary>
/// A value in a SPICE statement: either a finite number or a parameter expression evaluated by the
/// simulator (written <c>{expr}</c>). <c>default</c> is the number 0.
/// </summary>
/// <remarks>
/// Numbers are written with the shortest round-trip text (<see cref="InvariantNumber.Format(double)"/>), so a
/// written value reads back bit-identical. Expressions are stored without their braces and written with them:
/// <c>Expression("rval")</c>, <c>Expression("{rval}")</c> and <c>Expression("'rval'")</c> are equal and all
/// write <c>{rval}</c>.
/// </remarks>
public readonly record struct SpiceValue
{
    private readonly double number;
    private readonly string? expression;

    private SpiceValue(double number, string? expression)
    {
        this.number = number;
        this.expression = expression;
    }

    /// <summary>True for a number, false for an expression.</summary>
    public bool IsNumber => expression is null;

    /// <summary>The number (units as documented where the value is used).</summary>
    /// <exception cref="InvalidOperationException">The value is an expression.</exception>
    public double NumberValue => expression is null
        ? number
        : throw new InvalidOperationException($"the value {{{expression}}} is an expression, not a number");

    /// <summary>The expression text without braces, or null for a number.</summary>
    public string? ExpressionText => expression;

    /// <summary>A number value.</summary>
    /// <param name="value">Any finite double; NaN and infinities are rejected.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static SpiceValue Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a SPICE value must be finite");
        }

        return new SpiceValue(value, null);
    }

    /// <summary>An expression or parameter name, with or without its <c>{}</c> (or <c>''</c>) delimiters.</summary>
    /// <param name="text">E.g. <c>rval</c>, <c>{2*rval}</c>, <c>'w/2'</c>; one line, balanced braces.</param>
    /// <exception cref="ArgumentException">Empty, multi-line or unbalanced text.</exception>
    public static SpiceValue Expression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var inner = text.Trim();
        if (inner.Length >= 2 && ((inner[0] == '{' && inner[^1] == '}') || (inner[0] == '\'' && inner[^1] == '\'')))
        {
            inner = inner[1..^1].Trim();
        }

        if (inner.Length == 0)
        {
            throw new ArgumentException("an expression must not be empty", nameof(text));
        }

        if (inner.AsSpan().IndexOfAny('\n', '\r', '\'') >= 0 || !BracesBalance(inner))
        {
            throw new ArgumentException($"'{text}' is not a one-line expression with balanced braces", nameof(text));
        }

        return new SpiceValue(0, inner);
    }

    /// <summary>Converts a number; throws <see cref="ArgumentOutOfRangeException"/> when it is not finite.</summary>
    public static implicit operator SpiceValue(double value) => Number(value);

    /// <summary>SPICE text: the round-trip number (e.g. <c>1E-09</c>) or <c>{expr}</c>.</summary>
    public override string ToString() => expression is null ? InvariantNumber.Format(number) : "{" + expression + "}";

    /// <summary>Bitwise equality for numbers (so 0 and -0 differ), ordinal for expressions.</summary>
    public bool Equals(SpiceValue other) =>
        expression is null
            ? other.expression is null && BitConverter.DoubleToInt64Bits(number) == BitConverter.DoubleToInt64Bits(other.number)
            : string.Equals(expression, other.expression, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() =>
        expression is null ? number.GetHashCode() : StringComparer.Ordinal.GetHashCode(expression);

    private static bool BracesBalance(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
