using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Schemes;

namespace CrossbarSpice.Mapping.Tests.Schemes;

public sealed class WeightMapperTests
{
    private static readonly DeviceRange Device = new(1.0 / 12000, 1.0 / 1000);

    [Fact]
    public void Map_LinearScheme_FollowsSeed003Equation6()
    {
        // W = [[0.5, -1], [0.25, 0]] → Wmax = 1; C = (Cmax − Cmin)/Wmax·|W| + Cmin on the weight's side.
        double[] w = [0.5, -1, 0.25, 0];
        var mapped = WeightMapper.Map(w, 2, 2, [], Device, MappingScheme.Linear);

        var k = Device.GmaxSiemens - Device.GminSiemens;
        Assert.Equal(k, mapped.Layout.SiemensPerWeight);
        Assert.Equal(Device.GminSiemens + (0.5 * k), mapped.Target[0, 0]);
        Assert.Equal(Device.GminSiemens, mapped.Target[0, 1]);
        Assert.Equal(Device.GminSiemens, mapped.Target[1, 0]);
        Assert.Equal(Device.GmaxSiemens, mapped.Target[1, 1]);
    }

    [Theory]
    [InlineData(MappingScheme.Linear)]
    [InlineData(MappingScheme.Balanced)]
    public void EffectiveWeights_OfUnquantisedMapping_ReturnTheWeightsAndBias(MappingScheme scheme)
    {
        var random = new Random(7);
        var w = Enumerable.Range(0, 30 * 20).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var b = Enumerable.Range(0, 30).Select(_ => (random.NextDouble() * 0.4) - 0.2).ToArray();

        var mapped = WeightMapper.Map(w, 30, 20, b, Device, scheme);
        var (weights, bias) = EffectiveWeights.From(mapped.Target, mapped.Layout);

        for (var i = 0; i < w.Length; i++)
        {
            Assert.Equal(w[i], weights[i], 1e-12);
        }

        for (var i = 0; i < b.Length; i++)
        {
            Assert.Equal(b[i], bias[i], 1e-12);
        }
    }

    [Fact]
    public void Map_IdealCrossbar_CurrentsAreScaledWeightedSums()
    {
        // I_j+ − I_j− = k·(W·v + b·biasInput·…): with the bias row driven at v_b, I = k·(W v + b·v_b/biasInput).
        double[] w = [1, -2, 3, 0.5, 0.25, -1];
        double[] b = [0.1, -0.3];
        var mapped = WeightMapper.Map(w, 2, 3, b, Device, MappingScheme.Linear);
        double[] v = [0.2, 0.7, -0.4, 1.0];

        var currents = mapped.Target.ColumnCurrents(v);

        for (var o = 0; o < 2; o++)
        {
            var expected = mapped.Layout.SiemensPerWeight * ((w[o * 3] * v[0]) + (w[(o * 3) + 1] * v[1]) + (w[(o * 3) + 2] * v[2]) + (b[o] * v[3]));
            Assert.Equal(expected, currents[2 * o] - currents[(2 * o) + 1], 1e-15);
        }
    }
}
