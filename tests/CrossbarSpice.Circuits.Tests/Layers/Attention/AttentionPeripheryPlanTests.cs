using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Tests.Layers.Attention;

/// <summary>
/// Attention's layer kinds in the catalog: scores = q·kᵀ [2 heads, 3 tokens, 6 features] → softmax → layer norm,
/// priced on seed 002's benches, ideal at the wired level, refused by name at the staged levels.
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
    public void Uses_MatMulSoftmaxLayerNorm_PricedPerProductAndPerBenchOfFour()
    {
        var uses = PeripheryPlan.Uses(Graph, new Dictionary<string, long>(), inverterDrivers: false);

        // scores [2, 3, 3]: 18 outputs × 6 products, 18 × 5 adders; softmax 6 groups of 3 → one bench each;
        // layer norm 2 groups of 9 → ⌈9/4⌉ = 3 benches each.
        Assert.Equal(18 * 6, uses.Single(u => u.Module == "gilbert").Instances);
        Assert.Equal(18 * 5, uses.Single(u => u.Module == "adder").Instances);
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
    public void Plan_MatMulSoftmaxLayerNorm_UnsupportedStagesNamingTheReason()
    {
        var stages = StagePlanner.Plan(Graph, new Dictionary<string, double>(), 1, 0.1);

        Assert.Contains("matMul", Assert.IsType<UnsupportedStage>(stages.Single(s => s.Layers.Contains("scores"))).Reason, StringComparison.Ordinal);
        Assert.Contains("§14", Assert.IsType<UnsupportedStage>(stages.Single(s => s.Layers.Contains("weights"))).Reason, StringComparison.Ordinal);
        Assert.Contains("§15", Assert.IsType<UnsupportedStage>(stages.Single(s => s.Layers.Contains("norm"))).Reason, StringComparison.Ordinal);
        Assert.IsType<WiringStage>(stages.Single(s => s.Layers.Contains("wide")));
    }
}
