using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Tests.Layers.Attention;

/// <summary>
/// Attention's layer kinds in the catalog: scores = q·kᵀ [2 heads, 3 tokens, 6 features] → softmax → layer norm,
/// priced on seed 002's benches, ideal at the wired level, compiled stages at the staged levels with their limits.
/// </summary>
public sealed class AttentionPeripheryPlanTests
{
    private static readonly NetworkGraph Graph = new()
    {
        Name = "attention",
        Inputs = [new NetworkInput("q", new TensorShape(2, 3, 6))],
        Layers =
        [
            new LayerNode { Name = "kt", Op = new PermuteLayer([0, 2, 1]), Inputs = ["q"], Outputs = ["kt"] },
            new LayerNode { Name = "scores", Op = new MatMulLayer(), Inputs = ["q", "kt"], Outputs = ["scores"] },
            new LayerNode { Name = "weights", Op = new SoftmaxLayer(), Inputs = ["scores"], Outputs = ["weights"] },
            new LayerNode { Name = "wide", Op = new ReshapeLayer(new TensorShape(2, 9)), Inputs = ["weights"], Outputs = ["wide"] },
            new LayerNode { Name = "norm", Op = new LayerNormLayer(new TensorShape(9), null, null), Inputs = ["wide"], Outputs = ["norm"] },
        ],
        Outputs = ["norm"],
    };

    [Fact]
    public void Uses_MatMulSoftmaxLayerNorm_PricedPerProductSummerAndBenchOfFour()
    {
        var uses = PeripheryPlan.Uses(Graph, new Dictionary<string, long>(), inverterDrivers: false);

        // scores [2, 3, 3]: 18 outputs × 6 products, one summer (priced as an adder) each; softmax 6 groups of 3 → one bench each;
        // layer norm 2 groups of 9 → ⌈9/4⌉ = 3 benches each.
        Assert.Equal(18 * 6, uses.Single(u => u.Module == "gilbert").Instances);
        Assert.Equal(18, uses.Single(u => u.Module == "adder").Instances);
        Assert.Equal(6, uses.Single(u => u.Module == "softmax").Instances);
        Assert.Equal(6, uses.Single(u => u.Module == "layer-norm").OperationsPerInference);
    }

    [Fact]
    public void Wired_Softmax_RowsSumToOneAndMatMulMultiplies()
    {
        var shapes = Graph.InferShapes();
        var evaluation = new WiredEvaluation(shapes, new Dictionary<string, ICrossbarRead>(), new Dictionary<string, IReadOnlyList<ICrossbarRead>>());
        double[] a = [1, 2, 3, 4];
        double[] b = [0.5, -1, 2, 0];
        var matMul = Graph.Layers[1] with { Inputs = ["x", "y"], Outputs = ["z"] };
        var small = new WiredEvaluation(new Dictionary<string, TensorShape> { ["x"] = new(2, 2), ["y"] = new(2, 2), ["z"] = new(2, 2) }, new Dictionary<string, ICrossbarRead>(), new Dictionary<string, IReadOnlyList<ICrossbarRead>>());

        Assert.Equal([4.5, -1, 9.5, -3], LayerCircuits.For(matMul).Wired(matMul, [a, b], small));
        var softmax = LayerCircuits.For(Graph.Layers[2]).Wired(Graph.Layers[2], [.. Enumerable.Range(0, 18).Select(i => (double)i % 5)], evaluation);
        Assert.All(softmax.Chunk(3), row => Assert.Equal(1.0, row.Sum(), 12));
        Assert.Equal(Math.Exp(0) / (Math.Exp(0) + Math.Exp(1) + Math.Exp(2)), softmax[0], 12);
    }

    [Fact]
    public void Plan_MatMulSoftmaxLayerNorm_CompiledStagesWithTheirLanes()
    {
        var stages = StagePlanner.Plan(Graph, new Dictionary<string, double>(), 1, 0.1);
        var shapes = Graph.InferShapes();

        var product = Assert.IsType<MatMulStage>(stages.Single(s => s.Layers.Contains("scores")));
        Assert.Equal(6, product.Terms);
        Assert.Equal(10e3 / (MatMulStage.MultiplierGain * 0.1), product.FeedbackOhms, 9);
        var softmax = Assert.IsType<SoftmaxStage>(stages.Single(s => s.Layers.Contains("weights")));
        Assert.Equal(3, softmax.InputSources.Count);
        // The attenuator makes the temperature one unit at 0.1 V per unit: shunt / (series + shunt) = n·U_T / s.
        Assert.Equal(SoftmaxStage.SlopeVolts / 0.1, softmax.Options.Attenuation, 9);
        Assert.Equal(0.1, softmax.Options.OutputVoltsPerUnit, 12);
        var norm = Assert.IsType<LayerNormStage>(stages.Single(s => s.Layers.Contains("norm")));
        Assert.Equal(9, norm.InputSources.Count);
        // 9 features: |z| ≤ √8, so R_i is raised until a·√8 ≤ 0.7 V (nominal a, before the bench's fitted ratio).
        Assert.True(LayerNormStage.DividerVoltsPerUnit(norm.Options) * Math.Sqrt(8) <= LayerNormStage.DividerLimitVolts * LayerNormStage.FittedGainRatio);
        Assert.IsType<WiringStage>(stages.Single(s => s.Layers.Contains("wide")));

        // scores [2, 3, 3] = q [2, 3, 6] · kt [2, 6, 3]: lane (1, 2, 0) reads q[1, 2, :] and kt[1, :, 0].
        var lanes = LayerCircuits.For(Graph.Layers[1]).Lanes(product, Graph.Layers[1], shapes);
        Assert.Equal(18, lanes.Count);
        double[] q = [.. Enumerable.Range(0, 36).Select(i => (double)i)];
        double[] kt = [.. Enumerable.Range(0, 36).Select(i => 100.0 + i)];
        var lane = lanes.LaneInput<double>([q, kt], (1 * 9) + (2 * 3) + 0, 0.0);
        Assert.Equal([30, 31, 32, 33, 34, 35, 118, 121, 124, 127, 130, 133], lane);
        var groups = LayerCircuits.For(Graph.Layers[2]).Lanes(softmax, Graph.Layers[2], shapes);
        Assert.Equal(6, groups.Count);
        Assert.Equal([3.0, 4, 5], groups.Input(q, 1));
    }

    [Fact]
    public void Plan_BeyondTheStagesSupport_UnsupportedStagesNamingTheLimit()
    {
        // One head of 17 tokens: the softmax group (17) and the product of weights and values (17 terms) are too long;
        // a layer norm of 17 features too many.
        var graph = new NetworkGraph
        {
            Name = "long",
            Inputs = [new NetworkInput("x", new TensorShape(17, 17))],
            Layers =
            [
                new LayerNode { Name = "weights", Op = new SoftmaxLayer(), Inputs = ["x"], Outputs = ["weights"] },
                new LayerNode { Name = "mixed", Op = new MatMulLayer(), Inputs = ["weights", "x"], Outputs = ["mixed"] },
                new LayerNode { Name = "norm", Op = new LayerNormLayer(new TensorShape(17), null, null), Inputs = ["mixed"], Outputs = ["norm"] },
            ],
            Outputs = ["norm"],
        };

        var stages = StagePlanner.Plan(graph, new Dictionary<string, double>(), 1, 0.1);

        Assert.Contains("supports 2 to 16", Assert.IsType<UnsupportedStage>(stages[0]).Reason, StringComparison.Ordinal);
        Assert.Contains("17 terms", Assert.IsType<UnsupportedStage>(stages[1]).Reason, StringComparison.Ordinal);
        Assert.Contains("17 features", Assert.IsType<UnsupportedStage>(stages[2]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LaneInputError_BeyondTheCircuitsRange_SaysWhichLimit()
    {
        var stages = StagePlanner.Plan(Graph, new Dictionary<string, double>(), 1, 0.1);
        var product = stages.OfType<MatMulStage>().Single();
        var softmax = stages.OfType<SoftmaxStage>().Single();
        var norm = stages.OfType<LayerNormStage>().Single();

        Assert.Null(product.LaneInputError([1, 2, 3, 4, 1, 2, 1, 1, 1, 1, 1, 1]));
        Assert.Contains("±1 V input range", product.LaneInputError([11, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]), StringComparison.Ordinal);
        // 6 × 5·5 = 150 units: 15 V at the summer.
        Assert.Contains("output range", product.LaneInputError([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), StringComparison.Ordinal);
        Assert.Null(softmax.LaneInputError([-3.5, 0, 3.5]));
        Assert.Contains("argument range", softmax.LaneInputError([0, 3.8, 0]), StringComparison.Ordinal);
        Assert.Null(norm.LaneInputError([.. Enumerable.Repeat(9.9, 9)]));
        Assert.Contains("input range", norm.LaneInputError([.. Enumerable.Repeat(10.5, 9)]), StringComparison.Ordinal);
    }
}
