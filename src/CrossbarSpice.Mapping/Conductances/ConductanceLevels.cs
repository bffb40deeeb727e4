namespace CrossbarSpice.Mapping.Conductances;

/// <summary>The discrete conductances a device can be programmed to, ascending, in siemens.</summary>
public sealed class ConductanceLevels
{
    private readonly double[] siemens;

    /// <summary>Creates the level table; values must be finite, ≥ 0 and strictly increasing, at least two.</summary>
    public ConductanceLevels(IEnumerable<double> siemens)
    {
        ArgumentNullException.ThrowIfNull(siemens);
        this.siemens = siemens.ToArray();
        if (this.siemens.Length < 2)
        {
            throw new ArgumentException("a level table needs at least 2 levels", nameof(siemens));
        }

        for (var i = 0; i < this.siemens.Length; i++)
        {
            if (!double.IsFinite(this.siemens[i]) || this.siemens[i] < 0 || (i > 0 && this.siemens[i] <= this.siemens[i - 1]))
            {
                throw new ArgumentException($"levels must be finite, ≥ 0 and strictly increasing; level {i} is {this.siemens[i]}", nameof(siemens));
            }
        }
    }

    /// <summary><paramref name="count"/> levels spread linearly in conductance from <paramref name="gmin"/> to <paramref name="gmax"/>.</summary>
    public static ConductanceLevels Linear(double gmin, double gmax, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        return new ConductanceLevels(Enumerable.Range(0, count).Select(i => gmin + ((gmax - gmin) * i / (count - 1))));
    }

    /// <summary>Number of levels.</summary>
    public int Count => siemens.Length;

    /// <summary>The levels, ascending, S.</summary>
    public ReadOnlySpan<double> Siemens => siemens;

    /// <summary>The level closest to <paramref name="target"/> (ties go to the lower level).</summary>
    public double Nearest(double target)
    {
        var index = Array.BinarySearch(siemens, target);
        if (index >= 0)
        {
            return siemens[index];
        }

        var above = ~index;
        if (above == 0)
        {
            return siemens[0];
        }

        if (above == siemens.Length)
        {
            return siemens[^1];
        }

        var below = above - 1;
        return target - siemens[below] <= siemens[above] - target ? siemens[below] : siemens[above];
    }
}
