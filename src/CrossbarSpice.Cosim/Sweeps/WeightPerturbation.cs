using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Mapping.Randomness;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// The two weight-level sweep dimensions of [P4]'s review, applied to each crossbar matrix before it is mapped:
/// weight-noise injection (its WNI: random fluctuation of the stored weights, here W ← W + σ·max|W|·N(0,1) per weight,
/// one stream per matrix and seed) and magnitude pruning with optional quantisation (its "pruning and quantization":
/// the fraction p of each matrix's weights with the smallest |W| set to 0, the survivors rounded to k levels evenly
/// spaced in [−max|W|, max|W|], the pruned ones kept at 0). Biases are left as trained.
/// </summary>
public static class WeightPerturbation
{
    /// <summary><paramref name="matrix"/> with Gaussian noise of relative σ <paramref name="sigma"/> (of the matrix's max |W|).</summary>
    public static CrossbarMatrix Noise(CrossbarMatrix matrix, double sigma, long seed)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var w = matrix.Weights.Values.ToArray();
        var scale = sigma * MaxAbs(w);
        var stream = new SeedStream(seed, $"weight-noise/{matrix.Name}");
        for (var i = 0; i < w.Length; i++)
        {
            w[i] += scale * stream.NextNormal();
        }

        return With(matrix, w);
    }

    /// <summary>
    /// <paramref name="matrix"/> with the ⌊p·n⌋ weights of smallest |W| set to 0 (ties broken by position, so the result
    /// is deterministic) and, when <paramref name="levels"/> ≥ 2, every weight rounded to the nearest of k levels evenly
    /// spaced from −max|W| to max|W| (max of the unpruned matrix).
    /// </summary>
    public static CrossbarMatrix Prune(CrossbarMatrix matrix, double fraction, int? levels)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var w = matrix.Weights.Values.ToArray();
        var max = MaxAbs(w);
        var count = (int)Math.Floor(fraction * w.Length);
        var pruned = new bool[w.Length];
        foreach (var i in Enumerable.Range(0, w.Length).OrderBy(i => Math.Abs(w[i])).ThenBy(i => i).Take(count).ToList())
        {
            w[i] = 0;
            pruned[i] = true;
        }

        if (levels is { } k and >= 2 && max > 0)
        {
            // Survivors only: a pruned weight stays an exact 0 (its devices both at Gmin), whatever k.
            var step = 2 * max / (k - 1);
            for (var i = 0; i < w.Length; i++)
            {
                if (!pruned[i])
                {
                    w[i] = -max + (Math.Round((w[i] + max) / step, MidpointRounding.AwayFromZero) * step);
                }
            }
        }

        return With(matrix, w);
    }

    private static double MaxAbs(double[] values) => values.Length == 0 ? 0 : values.Max(Math.Abs);

    private static CrossbarMatrix With(CrossbarMatrix matrix, double[] values) =>
        matrix with { Weights = new WeightMatrix(matrix.Weights.Name, matrix.Weights.Outputs, matrix.Weights.Inputs, values) };
}
