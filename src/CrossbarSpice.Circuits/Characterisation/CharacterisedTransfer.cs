namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// A characterised DC transfer table: output (V) against one input (monotone-preserving cubic Hermite, PCHIP /
/// Fritsch–Carlson) or two inputs on a grid (bilinear). Outside the table the nearest edge value is returned
/// (flat extrapolation: the table's range is the characterised range). Immutable.
/// </summary>
public sealed class CharacterisedTransfer
{
    private readonly double[] x;
    private readonly double[]? y;
    private readonly double[] values;
    private readonly double[]? slopes;

    private CharacterisedTransfer(double[] x, double[]? y, double[] values)
    {
        this.x = x;
        this.y = y;
        this.values = values;
        slopes = y is null ? PchipSlopes(x, values) : null;
    }

    /// <summary>Input axis (strictly increasing), V or A.</summary>
    public IReadOnlyList<double> Input => x;

    /// <summary>Second input axis (strictly increasing), V, or null for a 1-D table.</summary>
    public IReadOnlyList<double>? SecondInput => y;

    /// <summary>Outputs, V: one per input (1-D), or row-major [second input][input] (2-D).</summary>
    public IReadOnlyList<double> Output => values;

    /// <summary>True for a two-input table.</summary>
    public bool IsTwoDimensional => y is not null;

    /// <summary>A 1-D table from points in any order (duplicated inputs keep the last output).</summary>
    /// <exception cref="ArgumentException">Fewer than two distinct inputs, or non-finite values.</exception>
    public static CharacterisedTransfer OneDimensional(IReadOnlyList<double> input, IReadOnlyList<double> output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var points = new SortedDictionary<double, double>();
        for (var k = 0; k < input.Count; k++)
        {
            Check(input[k]);
            Check(output[k]);
            points[input[k]] = output[k];
        }

        if (points.Count < 2)
        {
            throw new ArgumentException("a transfer table needs at least two distinct inputs", nameof(input));
        }

        return new CharacterisedTransfer([.. points.Keys], null, [.. points.Values]);
    }

    /// <summary>A 2-D table on the full grid of <paramref name="input"/> × <paramref name="secondInput"/>.</summary>
    /// <param name="input">Inner axis, strictly increasing.</param>
    /// <param name="secondInput">Outer axis, strictly increasing.</param>
    /// <param name="output">Row-major outputs [second][inner], V.</param>
    /// <exception cref="ArgumentException">Axes not increasing, or the wrong number of outputs.</exception>
    public static CharacterisedTransfer TwoDimensional(IReadOnlyList<double> input, IReadOnlyList<double> secondInput, IReadOnlyList<double> output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(secondInput);
        ArgumentNullException.ThrowIfNull(output);
        if (input.Count < 2 || secondInput.Count < 2 || output.Count != input.Count * secondInput.Count
            || !Increasing(input) || !Increasing(secondInput) || output.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"a 2-D table needs increasing axes of ≥ 2 points and {input.Count}×{secondInput.Count} finite outputs, found {output.Count}");
        }

        return new CharacterisedTransfer([.. input], [.. secondInput], [.. output]);
    }

    /// <summary>The output (V) at input <paramref name="input"/> of a 1-D table.</summary>
    /// <exception cref="InvalidOperationException">The table is 2-D.</exception>
    public double Evaluate(double input)
    {
        if (y is not null || slopes is null)
        {
            throw new InvalidOperationException("this table has two inputs; use Evaluate(input, secondInput)");
        }

        if (input <= x[0])
        {
            return values[0];
        }

        if (input >= x[^1])
        {
            return values[^1];
        }

        var k = Segment(x, input);
        var h = x[k + 1] - x[k];
        var t = (input - x[k]) / h;
        var t2 = t * t;
        var t3 = t2 * t;
        return (((2 * t3) - (3 * t2) + 1) * values[k]) + ((t3 - (2 * t2) + t) * h * slopes[k])
            + ((-(2 * t3) + (3 * t2)) * values[k + 1]) + ((t3 - t2) * h * slopes[k + 1]);
    }

    /// <summary>The output (V) at (<paramref name="input"/>, <paramref name="secondInput"/>) of a 2-D table, bilinear.</summary>
    /// <exception cref="InvalidOperationException">The table is 1-D.</exception>
    public double Evaluate(double input, double secondInput)
    {
        if (y is null)
        {
            throw new InvalidOperationException("this table has one input; use Evaluate(input)");
        }

        var u = Math.Clamp(input, x[0], x[^1]);
        var v = Math.Clamp(secondInput, y[0], y[^1]);
        var i = Math.Min(Segment(x, u), x.Length - 2);
        var j = Math.Min(Segment(y, v), y.Length - 2);
        var tx = (u - x[i]) / (x[i + 1] - x[i]);
        var ty = (v - y[j]) / (y[j + 1] - y[j]);
        double At(int jj, int ii) => values[(jj * x.Length) + ii];
        return ((1 - ty) * (((1 - tx) * At(j, i)) + (tx * At(j, i + 1)))) + (ty * (((1 - tx) * At(j + 1, i)) + (tx * At(j + 1, i + 1))));
    }

    private static int Segment(double[] axis, double value)
    {
        var k = Array.BinarySearch(axis, value);
        k = k >= 0 ? k : ~k - 1;
        return Math.Clamp(k, 0, axis.Length - 2);
    }

    // Fritsch–Carlson slopes: harmonic mean of neighbouring secants where they agree in sign, zero at extrema.
    private static double[] PchipSlopes(double[] x, double[] v)
    {
        var n = x.Length;
        var d = new double[n - 1];
        for (var k = 0; k < n - 1; k++)
        {
            d[k] = (v[k + 1] - v[k]) / (x[k + 1] - x[k]);
        }

        var m = new double[n];
        m[0] = d[0];
        m[n - 1] = d[n - 2];
        for (var k = 1; k < n - 1; k++)
        {
            if (d[k - 1] * d[k] <= 0)
            {
                m[k] = 0;
                continue;
            }

            var h0 = x[k] - x[k - 1];
            var h1 = x[k + 1] - x[k];
            var w1 = (2 * h1) + h0;
            var w2 = h1 + (2 * h0);
            m[k] = (w1 + w2) / ((w1 / d[k - 1]) + (w2 / d[k]));
        }

        return m;
    }

    private static bool Increasing(IReadOnlyList<double> axis)
    {
        for (var k = 1; k < axis.Count; k++)
        {
            if (!(axis[k] > axis[k - 1]) || !double.IsFinite(axis[k]))
            {
                return false;
            }
        }

        return double.IsFinite(axis[0]);
    }

    private static void Check(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("table values must be finite");
        }
    }
}
