using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Schemes;

/// <summary>Maps a signed weight matrix (and bias) onto differential conductance pairs.</summary>
public static class WeightMapper
{
    /// <summary>
    /// Maps <paramref name="weights"/> ([outputs × inputs], row-major, as PyTorch stores a Linear layer) and
    /// <paramref name="bias"/> (empty for none). Wmax is the largest |W| (and |b|/biasInput), so the largest
    /// weight uses the device's full range; a <paramref name="headroom"/> below 1 lowers the scale k by that factor
    /// (room above the largest weight's conductance, e.g. for IR-drop compensation).
    /// </summary>
    public static MappedMatrix Map(
        ReadOnlySpan<double> weights,
        int outputs,
        int inputs,
        ReadOnlySpan<double> bias,
        DeviceRange device,
        MappingScheme scheme,
        double biasInput = 1,
        double headroom = 1)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (weights.Length != outputs * inputs)
        {
            throw new ArgumentException($"expected {outputs}×{inputs} weights, got {weights.Length}", nameof(weights));
        }

        if (bias.Length != 0 && bias.Length != outputs)
        {
            throw new ArgumentException($"expected {outputs} biases, got {bias.Length}", nameof(bias));
        }

        if (!double.IsFinite(biasInput) || biasInput <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(biasInput), biasInput, "the bias row's input must be finite and > 0");
        }

        if (!double.IsFinite(headroom) || headroom <= 0 || headroom > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(headroom), headroom, "the headroom factor must be in (0, 1]");
        }

        var hasBias = bias.Length > 0;
        var wmax = MaxAbs(weights);
        if (hasBias)
        {
            wmax = Math.Max(wmax, MaxAbs(bias) / biasInput);
        }

        // An all-zero layer still gets a finite scale; every device then sits at its rest conductance.
        var k = (device.GmaxSiemens - device.GminSiemens) / (wmax > 0 ? wmax : 1) * headroom;
        var rows = inputs + (hasBias ? 1 : 0);
        var columns = 2 * outputs;
        var g = new double[rows * columns];
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < rows; i++)
            {
                var w = i < inputs ? weights[(o * inputs) + i] : bias[o] / biasInput;
                var (plus, minus) = Pair(w, k, device, scheme);
                g[(i * columns) + (2 * o)] = plus;
                g[(i * columns) + (2 * o) + 1] = minus;
            }
        }

        return new MappedMatrix(new ConductanceMatrix(rows, columns, g), new MatrixLayout(inputs, outputs, hasBias, biasInput, k, scheme));
    }

    private static (double Plus, double Minus) Pair(double w, double k, DeviceRange device, MappingScheme scheme)
    {
        if (scheme == MappingScheme.Balanced)
        {
            var mid = (device.GminSiemens + device.GmaxSiemens) / 2;
            return (device.Clamp(mid + (k * w / 2)), device.Clamp(mid - (k * w / 2)));
        }

        var magnitude = device.Clamp(device.GminSiemens + (k * Math.Abs(w)));
        return w >= 0 ? (magnitude, device.GminSiemens) : (device.GminSiemens, magnitude);
    }

    private static double MaxAbs(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }
}
