using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Circuits.Tests.Periphery;

/// <summary>
/// The softmax and layer-norm circuits of [P2] (docs/circuits.md §14, §15) beyond their 4-input benches: every output
/// at once, at input vectors the benches do not sweep, in ngspice on the 180 nm BSIM3 card.
/// </summary>
public sealed class TransformerPeripheryTests(PeripheryFixture fixture) : IClassFixture<PeripheryFixture>
{
    /// <summary>The bench's fitted temperature (circuits.md §14), V.</summary>
    private const double TemperatureVolts = 0.2727;

    /// <summary>The layer-norm bench's fitted volts per unit (circuits.md §15), V.</summary>
    private const double LayerNormVoltsPerUnit = 0.5083;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Softmax8_RandomInputs_EveryOutputNearSoftmaxAndOutputsSumToOneVolt(int seed)
    {
        var random = new Random(seed);
        var v = Enumerable.Range(0, 8).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var o = new TranslinearSoftmaxOptions { Inputs = 8 };
        var process = fixture.Process(PeripheryModules.Find("softmax")!);
        var items = new List<NetlistItem> { OpAmps.Definition(o.OpAmp, process), TranslinearSoftmax.Build(process, o) };
        items.AddRange(v.Select((x, k) => new VoltageSource($"vi{k + 1}", $"i{k + 1}", "0", x)));
        items.Add(new SubcircuitInstance(
            "Xdut",
            [.. Enumerable.Range(1, 8).Select(k => $"i{k}"), .. Enumerable.Range(1, 8).Select(k => $"o{k}"), "vdd", "vss"],
            TranslinearSoftmax.Name(8)));
        var result = Run(process, items);
        var max = v.Max();
        var sum = v.Sum(x => Math.Exp((x - max) / TemperatureVolts));
        var outputs = Enumerable.Range(1, 8).Select(k => result.Voltage($"o{k}")).ToArray();
        for (var k = 0; k < 8; k++)
        {
            var ideal = o.OutputVoltsPerUnit * Math.Exp((v[k] - max) / TemperatureVolts) / sum;
            Assert.True(Math.Abs(outputs[k] - ideal) < 5e-3, $"output {k + 1}: {outputs[k]:0.0000} V, softmax {ideal:0.0000} V");
        }

        // The tail current is the denominator: the shares add up to R_F·I_T whatever the inputs.
        Assert.InRange(outputs.Sum(), 0.995, 1.005);
    }

    [Fact]
    public void LayerNorm4_WithoutGammaBeta_OutputsNormalisedZeroMeanUnitRms()
    {
        double[] v = [0.7, -0.35, 0.15, -0.6];
        var o = new LayerNormaliserOptions();
        var process = fixture.Process(PeripheryModules.Find("layer-norm")!);
        var items = new List<NetlistItem>
        {
            DiodeModels.Switching(),
            OpAmps.Definition(o.OpAmp, process),
            GilbertMultiplier.Build(process, o.Multiplier),
            LayerNormaliser.Build(o),
            new VoltageSource("vcma", "cma", "0", o.Multiplier.UpperCommonModeVolts),
            new VoltageSource("vcmb", "cmb", "0", o.Multiplier.LowerCommonModeVolts),
        };
        items.AddRange(v.Select((x, k) => new VoltageSource($"vi{k + 1}", $"i{k + 1}", "0", x)));
        items.Add(new SubcircuitInstance("Xdut", ["i1", "i2", "i3", "i4", "o1", "o2", "o3", "o4", "vdd", "vss", "cma", "cmb"], LayerNormaliser.Name(4)));
        var result = Run(process, items);
        var mean = v.Average();
        var sigma = Math.Sqrt(v.Average(x => (x - mean) * (x - mean)));
        var y = Enumerable.Range(1, 4).Select(k => result.Voltage($"o{k}")).ToArray();
        for (var k = 0; k < 4; k++)
        {
            var ideal = LayerNormVoltsPerUnit * (v[k] - mean) / sigma;
            Assert.True(Math.Abs(y[k] - ideal) < 0.035, $"output {k + 1}: {y[k]:0.0000} V, ideal {ideal:0.0000} V");
        }

        Assert.InRange(y.Average(), -0.02, 0.02);
        Assert.InRange(Math.Sqrt(y.Average(x => x * x)), 0.9 * LayerNormVoltsPerUnit, 1.1 * LayerNormVoltsPerUnit);
    }

    private SimulationResult Run(PeripheryProcess process, List<NetlistItem> items)
    {
        items.Insert(0, new IncludeDirective(process.ModelLibraryPath!));
        items.Add(new VoltageSource("vdd", "vdd", "0", process.VddVolts));
        items.Add(new VoltageSource("vss", "vss", "0", process.VssVolts));
        return fixture.Engine.Run(new SimulationRequest(new SpiceNetlist("transformer periphery test", items), new OpAnalysis()));
    }
}
