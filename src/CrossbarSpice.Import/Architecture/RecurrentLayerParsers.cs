using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Parsers of <c>lstm</c>, <c>bilstm</c> and <c>bilstm2d</c> (PyTorch <c>nn.LSTM</c> tensors, gate rows i, f, g, o).</summary>
internal static class RecurrentLayerParsers
{
    /// <summary>
    /// <c>{"inputSize", "hiddenSize", "weightIh", "weightHh", "biasIh"?, "biasHh"?, "returnSequences"?}</c>;
    /// weightIh [4H, I], weightHh [4H, H], biases [4H]; returnSequences defaults to true.
    /// </summary>
    public static LayerParts? Lstm(JsonFields f)
    {
        var (input, hidden, returnSequences) = Sizes(f);
        var tensors = new List<TensorRequirement>();
        var ok = CellFields(f, string.Empty, input, hidden, tensors);
        if (!ok || input is null || hidden is null)
        {
            return null;
        }

        return new LayerParts(tensors, null, t => new LstmLayer(Cell(t, string.Empty), returnSequences));
    }

    /// <summary>
    /// <c>{"inputSize", "hiddenSize", "forward": {cell}, "backward": {cell}, "returnSequences"?}</c>, where a cell is
    /// <c>{"weightIh", "weightHh", "biasIh"?, "biasHh"?}</c> (PyTorch <c>*_l0</c> and <c>*_l0_reverse</c>).
    /// </summary>
    public static LayerParts? Bidirectional(JsonFields f)
    {
        var (input, hidden, returnSequences) = Sizes(f);
        var tensors = new List<TensorRequirement>();
        var ok = DirectionPair(f, string.Empty, input, hidden, tensors);
        if (!ok || input is null || hidden is null)
        {
            return null;
        }

        return new LayerParts(tensors, null, t => Pair(t, string.Empty, returnSequences));
    }

    /// <summary>
    /// <c>{"inputSize", "hiddenSize", "vertical": {"forward": {cell}, "backward": {cell}}, "horizontal": {…}}</c>: two
    /// bidirectional LSTMs on tokens [H, W, inputSize], each of them as the <c>forward</c> / <c>backward</c> pair of
    /// <c>bilstm</c>; the output is [H, W, 4·hiddenSize].
    /// </summary>
    public static LayerParts? Bidirectional2d(JsonFields f)
    {
        var input = f.Integer("inputSize", 1, required: true);
        var hidden = f.Integer("hiddenSize", 1, required: true);
        var tensors = new List<TensorRequirement>();
        var ok = true;
        foreach (var axis in new[] { "vertical", "horizontal" })
        {
            if (!f.TryGet(axis, out var value))
            {
                f.Context.Report(NetworkDiagnosticCode.MissingField, f.PathOf(axis), $"required field '{axis}' is missing");
                ok = false;
                continue;
            }

            var pair = JsonFields.From(value, f.PathOf(axis), f.Context);
            ok &= pair is not null && DirectionPair(pair, axis + ".", input, hidden, tensors);
            pair?.Finish();
        }

        if (!ok || input is null || hidden is null)
        {
            return null;
        }

        return new LayerParts(tensors, null, t => new BiLstm2dLayer(Pair(t, "vertical.", returnSequences: true), Pair(t, "horizontal.", returnSequences: true)));
    }

    private static (int? Input, int? Hidden, bool ReturnSequences) Sizes(JsonFields f) =>
        (f.Integer("inputSize", 1, required: true), f.Integer("hiddenSize", 1, required: true), f.Boolean("returnSequences") ?? true);

    /// <summary>Reads the <c>forward</c> and <c>backward</c> cell objects of <paramref name="f"/>, roles prefixed by <paramref name="prefix"/>.</summary>
    private static bool DirectionPair(JsonFields f, string prefix, int? input, int? hidden, List<TensorRequirement> into)
    {
        var ok = true;
        foreach (var direction in new[] { "forward", "backward" })
        {
            if (!f.TryGet(direction, out var value))
            {
                f.Context.Report(NetworkDiagnosticCode.MissingField, f.PathOf(direction), $"required field '{direction}' is missing");
                ok = false;
                continue;
            }

            var cell = JsonFields.From(value, f.PathOf(direction), f.Context);
            ok &= cell is not null && CellFields(cell, prefix + direction + ".", input, hidden, into);
            cell?.Finish();
        }

        return ok;
    }

    private static BidirectionalLstmLayer Pair(IReadOnlyDictionary<string, Tensor> t, string prefix, bool returnSequences) =>
        new(Cell(t, prefix + "forward."), Cell(t, prefix + "backward."), returnSequences);

    private static bool CellFields(JsonFields f, string prefix, int? input, int? hidden, List<TensorRequirement> into)
    {
        var gates = hidden is { } h ? 4L * h : (long?)null;
        var ok = TensorFields.Read(f, "weightIh", prefix + "weightIh", TensorFields.Shape(f, "weightIh", gates, input), "[4·hiddenSize, inputSize]", required: true, into);
        ok &= TensorFields.Read(f, "weightHh", prefix + "weightHh", TensorFields.Shape(f, "weightHh", gates, hidden), "[4·hiddenSize, hiddenSize]", required: true, into);
        ok &= TensorFields.Read(f, "biasIh", prefix + "biasIh", TensorFields.Shape(f, "biasIh", gates), "[4·hiddenSize]", required: false, into);
        ok &= TensorFields.Read(f, "biasHh", prefix + "biasHh", TensorFields.Shape(f, "biasHh", gates), "[4·hiddenSize]", required: false, into);
        return ok;
    }

    private static LstmCell Cell(IReadOnlyDictionary<string, Tensor> t, string prefix) => new(
        WeightMatrix.FromTensor(TensorFields.Required(t, prefix + "weightIh")),
        WeightMatrix.FromTensor(TensorFields.Required(t, prefix + "weightHh")),
        TensorFields.Optional(t, prefix + "biasIh") is { } bih ? BiasVector.FromTensor(bih) : null,
        TensorFields.Optional(t, prefix + "biasHh") is { } bhh ? BiasVector.FromTensor(bhh) : null);
}
