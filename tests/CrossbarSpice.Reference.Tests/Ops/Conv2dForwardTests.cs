using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

public sealed class Conv2dForwardTests
{
    // 3×3 input 1…9, kernel [[1, 0], [0, −1]], bias 0.5: each output is x[r, c] − x[r+1, c+1] + 0.5.
    private static readonly Tensor Input = Graphs.Tensor([1, 3, 3], 1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static readonly Tensor Kernel = new("k", new TensorShape(1, 1, 2, 2), [1, 0, 0, -1]);

    [Fact]
    public void Apply_StrideOneNoPadding_EqualsHandComputed()
    {
        var layer = new Conv2dLayer(Kernel, Graphs.Bias(0.5), new Size2d(1, 1), default);

        var y = Conv2dForward.Apply(layer, Input, "y");

        Assert.Equal([1, 2, 2], y.Shape.Dimensions.ToArray());
        Assert.Equal([-3.5, -3.5, -3.5, -3.5], y.Values.ToArray());
    }

    [Fact]
    public void Apply_StrideTwoPaddingOne_ReadsZerosOutsideTheImage()
    {
        var layer = new Conv2dLayer(Kernel, Graphs.Bias(0.5), new Size2d(2, 2), new Size2d(1, 1));

        var y = Conv2dForward.Apply(layer, Input, "y");

        // windows start at (−1, −1), (−1, 1), (1, −1), (1, 1): 0 − 1, 0 − 3, 0 − 7, 5 − 9, each + 0.5
        Assert.Equal([1, 2, 2], y.Shape.Dimensions.ToArray());
        Assert.Equal([-0.5, -2.5, -6.5, -3.5], y.Values.ToArray());
    }

    [Theory]
    [InlineData(3, 4, 3, 2, 2, 1, 1, 2, 7, 6)]
    [InlineData(1, 14, 9, 9, 1, 1, 0, 0, 28, 28)]
    [InlineData(2, 3, 1, 1, 3, 2, 0, 1, 8, 5)]
    public void Apply_RandomConfiguration_EqualsNaiveDirectLoopOverPaddedInput(
        int inC, int outC, int kh, int kw, int sh, int sw, int ph, int pw, int height, int width)
    {
        var kernel = new Tensor("k", new TensorShape(outC, inC, kh, kw), Graphs.Random(outC * inC * kh * kw, seed: 3));
        var bias = Graphs.Random(outC, seed: 4);
        var x = Graphs.Random(inC * height * width, seed: 5);
        var layer = new Conv2dLayer(kernel, Graphs.Bias(bias), new Size2d(sh, sw), new Size2d(ph, pw));

        var y = Conv2dForward.Apply(layer, Graphs.Tensor([inC, height, width], x), "y");

        var expected = Naive(kernel, bias, x, inC, height, width, sh, sw, ph, pw, out var outH, out var outW);
        Assert.Equal([outC, outH, outW], y.Shape.Dimensions.ToArray());
        Close.Equal(expected, y.Values, rel: 1e-13, abs: 1e-14);
    }

    /// <summary>Pads the input with zeros first, then slides the kernel: y[o,i,j] = b[o] + Σ K[o,c,a,d]·xp[c, i·s + a, j·s + d].</summary>
    private static double[] Naive(Tensor kernel, double[] bias, double[] x, int inC, int height, int width, int sh, int sw, int ph, int pw, out int outH, out int outW)
    {
        int outC = kernel.Shape[0], kh = kernel.Shape[2], kw = kernel.Shape[3];
        var padded = new double[inC, height + (2 * ph), width + (2 * pw)];
        for (var c = 0; c < inC; c++)
        {
            for (var r = 0; r < height; r++)
            {
                for (var q = 0; q < width; q++)
                {
                    padded[c, r + ph, q + pw] = x[(((c * height) + r) * width) + q];
                }
            }
        }

        outH = ((height + (2 * ph) - kh) / sh) + 1;
        outW = ((width + (2 * pw) - kw) / sw) + 1;
        var y = new double[outC * outH * outW];
        for (var o = 0; o < outC; o++)
        {
            for (var i = 0; i < outH; i++)
            {
                for (var j = 0; j < outW; j++)
                {
                    var sum = bias[o];
                    for (var c = 0; c < inC; c++)
                    {
                        for (var a = 0; a < kh; a++)
                        {
                            for (var d = 0; d < kw; d++)
                            {
                                sum += kernel.At(o, c, a, d) * padded[c, (i * sh) + a, (j * sw) + d];
                            }
                        }
                    }

                    y[(((o * outH) + i) * outW) + j] = sum;
                }
            }
        }

        return y;
    }
}
