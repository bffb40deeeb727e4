using System.Runtime.CompilerServices;

namespace CrossbarSpice.Core.Diagnostics;

/// <summary>Argument checks for programming errors (not user input: that raises <see cref="InputException"/>).</summary>
public static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be a finite number");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is not finite and strictly positive.</summary>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "must be finite and > 0");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("must not be empty", name);
        }

        return value;
    }
}
