using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>ONNX Runtime as an independent reference: runs a model file on one sample (batch 1).</summary>
internal sealed class OnnxRuntimeReference : IDisposable
{
    private readonly InferenceSession session;

    public OnnxRuntimeReference(string path) => session = new InferenceSession(path);

    /// <summary>The model's output for one sample of per-sample shape <paramref name="shape"/>, as float64.</summary>
    public double[] Run(double[] sample, params int[] shape)
    {
        var name = session.InputMetadata.Keys.Single();
        var tensor = new DenseTensor<float>(sample.Select(v => (float)v).ToArray(), [1, .. shape]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor(name, tensor)]);
        return [.. results.Single().AsEnumerable<float>().Select(v => (double)v)];
    }

    public void Dispose() => session.Dispose();
}
