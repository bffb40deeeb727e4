namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>Largest and mean |W_eff − W| over the weights of a matrix, accumulated tile by tile (weight units).</summary>
internal sealed class WeightResidual
{
    private double sum;
    private long count;

    /// <summary>Largest |W_eff − W|.</summary>
    public double Max { get; private set; }

    /// <summary>Mean |W_eff − W| (0 before any weight).</summary>
    public double Mean => count == 0 ? 0 : sum / count;

    /// <summary>
    /// Adds the weights of one tile: conductances <paramref name="effective"/> against <paramref name="target"/>
    /// (row-major, an even number of physical columns per row: G+ in even and G− in odd ones), k S per weight unit.
    /// </summary>
    public void Add(ReadOnlySpan<double> effective, ReadOnlySpan<double> target, double siemensPerWeight)
    {
        for (var i = 0; i < target.Length; i += 2)
        {
            var w = (target[i] - target[i + 1]) / siemensPerWeight;
            var e = (effective[i] - effective[i + 1]) / siemensPerWeight;
            var d = Math.Abs(e - w);
            Max = Math.Max(Max, d);
            sum += d;
            count++;
        }
    }
}
