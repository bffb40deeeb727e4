namespace CrossbarSpice.Devices.Memristors;

/// <summary>The programmable conductance levels of a memristor.</summary>
/// <param name="Spacing">How the card gave them.</param>
/// <param name="ConductancesSiemens">Every level in S, strictly increasing, at least 2, all finite and &gt; 0.</param>
public sealed record ConductanceLevels(LevelSpacing Spacing, IReadOnlyList<double> ConductancesSiemens)
{
    /// <summary>Number of levels, ≥ 2.</summary>
    public int Count => ConductancesSiemens.Count;

    /// <summary><paramref name="count"/> levels evenly spaced in conductance from <paramref name="gminSiemens"/> to <paramref name="gmaxSiemens"/>.</summary>
    /// <param name="count">Number of levels, ≥ 2.</param>
    /// <param name="gminSiemens">Lowest level, S, &gt; 0.</param>
    /// <param name="gmaxSiemens">Highest level, S, &gt; <paramref name="gminSiemens"/>.</param>
    public static ConductanceLevels Linear(int count, double gminSiemens, double gmaxSiemens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var levels = new double[count];
        for (var i = 0; i < count; i++)
        {
            levels[i] = gminSiemens + ((gmaxSiemens - gminSiemens) * i / (count - 1));
        }

        levels[^1] = gmaxSiemens;
        return new ConductanceLevels(LevelSpacing.LinearInConductance, levels);
    }

    /// <summary>The level closest to <paramref name="conductanceSiemens"/> (S); ties go to the lower level. Binary search: levels ascend.</summary>
    public double Nearest(double conductanceSiemens)
    {
        var levels = ConductancesSiemens;
        int low = 0, high = levels.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (levels[middle] < conductanceSiemens)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // levels[low] is the first level ≥ the target (or the last level); compare with the one below it.
        return low > 0 && conductanceSiemens - levels[low - 1] <= levels[low] - conductanceSiemens ? levels[low - 1] : levels[low];
    }
}
