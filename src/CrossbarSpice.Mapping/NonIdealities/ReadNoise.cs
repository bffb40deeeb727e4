using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Randomness;

namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>
/// Read noise: the conductances one read (one inference) sees, G_read = G·(1 + σ·N(0,1)) per device, never below 0 S.
/// Not a programming effect: the programmed plan is unchanged and every read draws anew from its own stream
/// ("read-noise/&lt;read&gt;/&lt;layer&gt;/&lt;tile&gt;" of the seed), so read r gives the same conductances whenever
/// it is repeated, whatever was read before it.
/// </summary>
public static class ReadNoise
{
    /// <summary>The plan as read number <paramref name="read"/> sees it, with relative σ <paramref name="sigma"/> in [0, 1].</summary>
    public static ConductancePlan Sample(ConductancePlan plan, double sigma, long seed, long read)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!double.IsFinite(sigma) || sigma < 0 || sigma > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "must be within [0, 1]");
        }

        var layers = plan.Layers.Select(layer => layer with
        {
            Tiles = [.. layer.Tiles.Select(tile => tile with
            {
                Programmed = tile.Programmed with { Conductances = Perturb(tile.Programmed.Conductances, sigma, new SeedStream(seed, $"read-noise/{read}/{layer.Name}/{tile.Block.Name}")) },
            })],
        }).ToList();
        return plan with { Layers = layers };
    }

    private static ConductanceMatrix Perturb(ConductanceMatrix matrix, double sigma, SeedStream stream)
    {
        var g = matrix.Siemens.ToArray();
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = Math.Max(0.0, g[i] * (1 + (sigma * stream.NextNormal())));
        }

        return new ConductanceMatrix(matrix.Rows, matrix.Columns, g);
    }
}
