using System.Text.Json;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Reference;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>
/// A random-weight transformer encoder block exported from PyTorch (tools/export-onnx.py transformer: two-head
/// attention with explicit MatMul of computed values, Div by √d_k, Softmax; residual adds; opset-17 LayerNormalization;
/// ReLU FFN) imports onto matMul, softmax, layerNorm, add, dense and permute, and its software reference agrees with
/// PyTorch (float64) to 1e-6 and with ONNX Runtime (float32) to 1e-5.
/// </summary>
public sealed class OnnxTransformerBlockTests
{
    private static readonly string Model = OnnxFixtures.File("transformer-block.onnx");

    [Fact]
    public void Import_TransformerBlock_MapsAttentionOntoMatMulSoftmaxAndLayerNorm()
    {
        var graph = OnnxImporter.Load(Model);
        var types = graph.Layers.Select(l => l.Op.TypeName).ToList();

        Assert.Equal(2, types.Count(t => t == "matMul"));
        Assert.Equal(1, types.Count(t => t == "softmax"));
        Assert.Equal(2, types.Count(t => t == "layerNorm"));
        Assert.Equal(2, types.Count(t => t == "add"));
        Assert.Equal(6, types.Count(t => t == "dense"));
        Assert.Equal(new TensorShape(4, 8), graph.InferShapes()[graph.Outputs[0]]);
    }

    [Fact]
    public void Reference_RecordedInputs_AgreesWithPyTorchTo1e6()
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(OnnxFixtures.File("transformer-block-outputs.json")));
        var inputs = Rows(recorded.RootElement.GetProperty("inputs"));
        var outputs = Rows(recorded.RootElement.GetProperty("outputs"));
        var reference = new ReferenceNetwork(OnnxImporter.Load(Model));

        Assert.Equal(5, inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var ours = reference.Forward(inputs[i]).Output.Values.ToArray();
            var worst = ours.Zip(outputs[i], (a, b) => Math.Abs(a - b)).Max();
            Assert.True(worst < 1e-6, $"input {i}: max |ours − PyTorch| = {worst:E2}");
        }
    }

    [Fact]
    public void Reference_RandomInputs_AgreesWithOnnxRuntime()
    {
        var reference = new ReferenceNetwork(OnnxImporter.Load(Model));
        using var runtime = new OnnxRuntimeReference(Model);
        for (var seed = 1; seed <= 3; seed++)
        {
            var sample = OnnxFixtures.Random(32, seed).Select(v => (4 * v) - 2).ToArray();
            Assert.InRange(OnnxFixtures.RelativeError(reference.Forward(sample).Output.Values.ToArray(), runtime.Run(sample, 4, 8)), 0, 1e-5);
        }
    }

    private static List<double[]> Rows(JsonElement rows) =>
        [.. rows.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray())];
}
