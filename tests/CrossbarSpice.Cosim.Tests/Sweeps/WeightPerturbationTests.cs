using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>Weight-noise injection and pruning + quantisation ([P4]) as sweep dimensions: determinism and their arithmetic.</summary>
public sealed class WeightPerturbationTests(BcuDesign bcu) : IClassFixture<BcuDesign>
{
    private static CrossbarMatrix Matrix(int outputs, int inputs) =>
        new("m", "m", "dense", new WeightMatrix("m.weight", outputs, inputs, Enumerable.Range(0, outputs * inputs).Select(i => Math.Sin(i + 1)).ToArray()), null);

    [Fact]
    public void Noise_SameSeedSameWeights_OtherSeedDiffers_SpreadIsSigmaOfMax()
    {
        var m = Matrix(100, 200);
        var max = m.Weights.Values.ToArray().Max(Math.Abs);

        var a = WeightPerturbation.Noise(m, 0.1, 7).Weights.Values.ToArray();
        var b = WeightPerturbation.Noise(m, 0.1, 7).Weights.Values.ToArray();
        var c = WeightPerturbation.Noise(m, 0.1, 8).Weights.Values.ToArray();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        var deltas = a.Zip(m.Weights.Values.ToArray(), (x, y) => x - y).ToArray();
        var sd = Math.Sqrt(deltas.Sum(d => d * d) / deltas.Length);
        // 20,000 draws: the sample sd is within 3 % of σ·max|W| (its relative sd is 1/√(2n) = 0.5 %).
        Assert.InRange(sd, 0.97 * 0.1 * max, 1.03 * 0.1 * max);
    }

    [Fact]
    public void Prune_HalfWithFiveLevels_ZeroesTheSmallestHalfAndLeavesFiveDistinctValues()
    {
        var m = Matrix(10, 40);
        var before = m.Weights.Values.ToArray();

        var after = WeightPerturbation.Prune(m, 0.5, 5).Weights.Values.ToArray();

        Assert.Equal(200, after.Count(w => w == 0));
        var threshold = before.Select(Math.Abs).Order().ElementAt(199);
        Assert.All(Enumerable.Range(0, 400).Where(i => Math.Abs(before[i]) < threshold), i => Assert.Equal(0, after[i]));
        Assert.True(after.Distinct().Count() <= 5, string.Join(", ", after.Distinct()));
    }

    [Fact]
    public void Run_WeightNoise_SameSeedsGiveTheSameCounts_NoiseCostsAccuracy()
    {
        var first = SweepRunner.Run(bcu.Request("weight-noise=0,0.2", null, 100, [1, 2], bcu.Output("wni-a")), bcu.Data);
        var again = SweepRunner.Run(bcu.Request("weight-noise=0,0.2", null, 100, [1, 2], bcu.Output("wni-b")), bcu.Data);

        Assert.Equal(first.Results.Select(r => r.Correct), again.Results.Select(r => r.Correct));
        var clean = first.Results.Where(r => r.Unit.Value == 0 && !r.Unit.IsSoftware).Average(r => r.Correct);
        var noisy = first.Results.Where(r => r.Unit.Value == 0.2).Average(r => r.Correct);
        Assert.True(noisy < clean, $"σ = 0.2 of max|W|: {noisy} correct vs {clean} without noise");
    }

    [Fact]
    public void Plan_PruneWithLevels_RecordedInTheSpec_RefusedOnOtherParameters()
    {
        var run = SweepRunner.Run(bcu.Request("prune=0.5", null, 20, [1], bcu.Output("prune")) with { WeightLevels = 9 }, bcu.Data);

        Assert.Equal(9, run.Document.Spec.WeightLevels);
        Assert.Throws<Core.Diagnostics.InputException>(() => SweepRunner.Run(bcu.Request("aging=0.1", null, 20, [1], bcu.Output("x")) with { WeightLevels = 9 }, bcu.Data));
        var plan = new SweepProgramming(CosimDesign.Open(bcu.Folder), SweepParameter.Prune, weightLevels: 9).Plan(new SweepUnit(1, "prune", 0.5, 1));
        Assert.Equal(CosimDesign.Open(bcu.Folder).Folder.Plan.Layers.Select(l => l.Name), plan.Layers.Select(l => l.Name));
    }
}
