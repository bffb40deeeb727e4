using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

public sealed class LayerShapeTests
{
    [Fact]
    public void Dense_VectorAndSequence_ReplaceTheLastAxis()
    {
        var dense = Layers.Dense(784, 128);

        Assert.Equal(new TensorShape(128), dense.InferOutputShape(new TensorShape(784)).Output);
        Assert.Equal(new TensorShape(7, 128), dense.InferOutputShape(new TensorShape(7, 784)).Output);
    }

    [Fact]
    public void Dense_WrongInputCount_SaysExpectsAndGets()
    {
        var result = Layers.Dense(784, 10).InferOutputShape(new TensorShape(783));

        Assert.False(result.IsSuccess);
        Assert.Equal("expects 784 inputs, gets 783", result.Problem);
    }

    [Fact]
    public void Dense_ImageInput_SuggestsFlatten()
    {
        var result = Layers.Dense(784, 10).InferOutputShape(new TensorShape(1, 28, 28));

        Assert.Contains("flatten", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Dense_BiasLengthNotOutputs_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DenseLayer(Layers.Matrix("w", 3, 2), new BiasVector("b", [1.0, 2.0])));
    }

    [Theory]
    [InlineData(28, 9, 1, 0, 20)] // seed 003: 9×9 kernels on 28×28
    [InlineData(32, 3, 1, 1, 32)] // "same" padding
    [InlineData(32, 3, 2, 1, 16)] // floor((32 + 2 − 3)/2) + 1
    [InlineData(7, 3, 2, 0, 3)]
    public void Conv2d_OutputSize_FollowsTheFloorFormula(int size, int kernel, int stride, int padding, int expected)
    {
        var conv = new Conv2dLayer(Layers.Kernel(4, 2, kernel, kernel), null, Size2d.Square(stride), Size2d.Square(padding));

        Assert.Equal(new TensorShape(4, expected, expected), conv.InferOutputShape(new TensorShape(2, size, size)).Output);
    }

    [Fact]
    public void Conv2d_WrongChannelsOrTooSmall_Fails()
    {
        var conv = new Conv2dLayer(Layers.Kernel(4, 2, 5, 5), null, Size2d.Square(1), Size2d.Square(0));

        Assert.Contains("expects 2 input channels, gets 3", conv.InferOutputShape(new TensorShape(3, 8, 8)).Problem, StringComparison.Ordinal);
        Assert.Contains("does not fit", conv.InferOutputShape(new TensorShape(2, 4, 4)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Conv2d_Im2colMatrix_ColumnsAreChannelRowColumn()
    {
        var conv = new Conv2dLayer(Layers.Kernel(2, 3, 2, 2), null, Size2d.Square(1), Size2d.Square(0));

        var matrix = conv.ToIm2colMatrix();

        Assert.Equal(2, matrix.Outputs);
        Assert.Equal(12, matrix.Inputs);
        Assert.Equal(conv.Kernel.At(1, 2, 1, 0), matrix[1, (2 * 4) + (1 * 2) + 0]);
    }

    [Fact]
    public void Pooling_StrideDefaultsToKernel()
    {
        var average = new AveragePool2dLayer(Size2d.Square(2));
        var max = new MaxPool2dLayer(new Size2d(3, 3), Size2d.Square(1), Size2d.Square(1));

        Assert.Equal(new TensorShape(14, 10, 10), average.InferOutputShape(new TensorShape(14, 20, 20)).Output);
        Assert.Equal(new TensorShape(5, 8, 8), max.InferOutputShape(new TensorShape(5, 8, 8)).Output);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxPool2dLayer(Size2d.Square(0)));
    }

    [Fact]
    public void GlobalAveragePoolAndFlatten_CollapseAxes()
    {
        Assert.Equal(new TensorShape(14), new GlobalAveragePoolLayer().InferOutputShape(new TensorShape(14, 10, 10)).Output);
        Assert.False(new GlobalAveragePoolLayer().InferOutputShape(new TensorShape(14)).IsSuccess);
        Assert.Equal(new TensorShape(1400), new FlattenLayer().InferOutputShape(new TensorShape(14, 10, 10)).Output);
    }

    [Fact]
    public void LayerNorm_TrailingAxesMustMatch()
    {
        var norm = new LayerNormLayer(new TensorShape(4), null, null);

        Assert.Equal(new TensorShape(5, 4), norm.InferOutputShape(new TensorShape(5, 4)).Output);
        Assert.Contains("normalises trailing axes [4]", norm.InferOutputShape(new TensorShape(4, 5)).Problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayerNormLayer(new TensorShape(4), null, null, epsilon: 0));
    }

    [Fact]
    public void Lstm_SequenceOrLastStep()
    {
        Assert.Equal(new TensorShape(5, 2), new LstmLayer(Layers.Cell(3, 2)).InferOutputShape(new TensorShape(5, 3)).Output);
        Assert.Equal(new TensorShape(2), new LstmLayer(Layers.Cell(3, 2), returnSequences: false).InferOutputShape(new TensorShape(5, 3)).Output);
        Assert.Equal("expects 3 inputs per time step, gets 4", new LstmLayer(Layers.Cell(3, 2)).InferOutputShape(new TensorShape(5, 4)).Problem);
    }

    [Fact]
    public void BidirectionalLstm_ConcatenatesBothDirections()
    {
        var layer = new BidirectionalLstmLayer(Layers.Cell(3, 2), Layers.Cell(3, 2));

        Assert.Equal(new TensorShape(5, 4), layer.InferOutputShape(new TensorShape(5, 3)).Output);
        Assert.Throws<ArgumentException>(() => new BidirectionalLstmLayer(Layers.Cell(3, 2), Layers.Cell(3, 3)));
    }

    [Fact]
    public void LstmCell_GatesArePyTorchOrder()
    {
        var cell = Layers.Cell(3, 5);

        Assert.Equal(0, cell.GateOffset(LstmGate.Input));
        Assert.Equal(5, cell.GateOffset(LstmGate.Forget));
        Assert.Equal(10, cell.GateOffset(LstmGate.Cell));
        Assert.Equal(15, cell.GateOffset(LstmGate.Output));
        Assert.Throws<ArgumentException>(() => new LstmCell(Layers.Matrix("a", 12, 3), Layers.Matrix("b", 8, 2), null, null));
    }
}
