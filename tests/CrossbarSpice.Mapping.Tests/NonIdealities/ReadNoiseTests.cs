using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Tests.NonIdealities;

/// <summary>Read noise drawn per read: deterministic per (seed, read), fresh for every read, unbiased with the given σ.</summary>
public sealed class ReadNoiseTests
{
    private const double G = 5e-4;

    private static ConductancePlan Plan()
    {
        var device = new DeviceRange(1.0 / 12000, 1.0 / 1000);
        var layout = new MatrixLayout(100, 50, false, 1, 1e-3, MappingScheme.Linear);
        var tiles = TileGrid.Split(100, 100, 100, 100)
            .Select(b => new TilePlan(b, new ProgrammedArray(new ConductanceMatrix(100, 100, Enumerable.Repeat(G, 10000).ToArray()), new DeviceFault[10000])))
            .ToList();
        return new ConductancePlan(1, "card.json", device, NonIdealityOptions.None, [new LayerPlan("fc1", layout, 100, 100, tiles)]);
    }

    [Fact]
    public void Sample_SameRead_SameConductances_OtherRead_Others()
    {
        var plan = Plan();

        var first = ReadNoise.Sample(plan, 0.1, seed: 3, read: 7).Layers[0].Tiles[0].Programmed.Conductances.Siemens.ToArray();
        var again = ReadNoise.Sample(plan, 0.1, seed: 3, read: 7).Layers[0].Tiles[0].Programmed.Conductances.Siemens.ToArray();
        var other = ReadNoise.Sample(plan, 0.1, seed: 3, read: 8).Layers[0].Tiles[0].Programmed.Conductances.Siemens.ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(G, plan.Layers[0].Tiles[0].Programmed.Conductances[0, 0]);
    }

    [Fact]
    public void Sample_Sigma10Percent_RelativeSpreadWithinFourStandardErrors()
    {
        // 10 000 devices: the sample mean of G/G0 − 1 has standard error 0.1/100 = 0.001; the sample σ about 0.1/√(2·10⁴) ≈ 0.0007.
        var read = ReadNoise.Sample(Plan(), 0.1, seed: 5, read: 0).Layers[0].Tiles[0].Programmed.Conductances.Siemens.ToArray();
        var relative = read.Select(g => (g / G) - 1).ToArray();
        var mean = relative.Average();
        var sigma = Math.Sqrt(relative.Sum(r => (r - mean) * (r - mean)) / (relative.Length - 1));

        Assert.InRange(mean, -0.004, 0.004);
        Assert.InRange(sigma, 0.1 - 0.0028, 0.1 + 0.0028);
    }

    [Fact]
    public void Sample_SigmaZero_LeavesEveryConductance() =>
        Assert.Equal(Enumerable.Repeat(G, 10000), ReadNoise.Sample(Plan(), 0, seed: 5, read: 0).Layers[0].Tiles[0].Programmed.Conductances.Siemens.ToArray());
}
