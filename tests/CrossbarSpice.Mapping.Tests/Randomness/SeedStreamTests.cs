using CrossbarSpice.Mapping.Randomness;

namespace CrossbarSpice.Mapping.Tests.Randomness;

public sealed class SeedStreamTests
{
    [Fact]
    public void NextBits_SameSeedAndPurpose_SameSequence()
    {
        var a = new SeedStream(42, "programming-error/fc1");
        var b = new SeedStream(42, "programming-error/fc1");

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextBits()), Enumerable.Range(0, 100).Select(_ => b.NextBits()));
    }

    [Fact]
    public void NextBits_FirstValueForSeed42_IsPinned()
    {
        // Pinned so a change of generator (which would change every compiled design) cannot go unnoticed.
        // Value recorded from this implementation (SHA-256 seeding + xoshiro256**) on 2026-11-22.
        var stream = new SeedStream(42, "programming-error/fc1");

        Assert.Equal(10731400430281946563UL, stream.NextBits());
        Assert.Equal(0.32362309875941, stream.NextUniform());
        Assert.NotEqual(10731400430281946563UL, new SeedStream(42, "programming-error/fc2").NextBits());
    }

    [Fact]
    public void NextNormal_ManyDraws_HaveZeroMeanUnitVariance()
    {
        var stream = new SeedStream(1, "normal");
        var draws = Enumerable.Range(0, 200_000).Select(_ => stream.NextNormal()).ToArray();
        var mean = draws.Average();
        var variance = draws.Select(d => (d - mean) * (d - mean)).Average();

        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(variance, 0.98, 1.02);
    }
}
