using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Element-wise activations: relu, sigmoid, tanh, abs, and [P3]'s bounded-linear tanh clamp(m·x, −L, L).</summary>
public static class ActivationForward
{
    /// <summary>Applies the layer's function to every element; the shape is unchanged.</summary>
    /// <param name="layer">The function (and, for bounded-linear tanh, slope m and rail L).</param>
    /// <param name="input">Any shape.</param>
    /// <param name="outputName">Name of the result.</param>
    public static Tensor Apply(ActivationLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        var x = input.Values;
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = Evaluate(layer, x[i]);
        }

        return new Tensor(outputName, input.Shape, y);
    }

    /// <summary>The layer's function at one point.</summary>
    /// <param name="layer">The function.</param>
    /// <param name="x">Argument, any finite value (same unit as the result, e.g. volts).</param>
    public static double Evaluate(ActivationLayer layer, double x)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Kind switch
        {
            ActivationKind.Relu => x > 0 ? x : 0.0,
            ActivationKind.Sigmoid => Sigmoid(x),
            ActivationKind.Tanh => Math.Tanh(x),
            ActivationKind.Abs => Math.Abs(x),
            ActivationKind.BoundedLinearTanh => BoundedLinear(layer.BoundedLinear!.Slope, layer.BoundedLinear.Limit, x),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer.Kind, "unknown activation"),
        };
    }

    /// <summary>1 / (1 + e^−x), evaluated without overflow for large |x|.</summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-x));
        }

        var e = Math.Exp(x);
        return e / (1.0 + e);
    }

    private static double BoundedLinear(double slope, double limit, double x)
    {
        var y = slope * x;
        return y > limit ? limit : y < -limit ? -limit : y;
    }
}
