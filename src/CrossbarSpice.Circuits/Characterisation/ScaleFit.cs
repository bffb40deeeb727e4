namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>One-parameter minimax fit by golden-section search (the error is assumed unimodal in the parameter).</summary>
public static class ScaleFit
{
    /// <summary>The value in [<paramref name="min"/>, <paramref name="max"/>] that minimises <paramref name="maxError"/>.</summary>
    public static double Minimise(Func<double, double> maxError, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(maxError);
        if (!(max > min))
        {
            return min;
        }

        var ratio = (Math.Sqrt(5) - 1) / 2;
        double a = min, b = max;
        var c = b - (ratio * (b - a));
        var d = a + (ratio * (b - a));
        double fc = maxError(c), fd = maxError(d);
        for (var k = 0; k < 80 && (b - a) > 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b)); k++)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (ratio * (b - a));
                fc = maxError(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (ratio * (b - a));
                fd = maxError(d);
            }
        }

        return (a + b) / 2;
    }
}
