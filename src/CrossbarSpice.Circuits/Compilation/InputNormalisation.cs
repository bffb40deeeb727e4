using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The input normalisation a design was compiled with: every sample becomes (x − mean[c]) / std[c] before it reaches the
/// DACs (torchvision's <c>Normalize</c>, scikit-learn's <c>StandardScaler</c>), c the input channel of the element. The
/// channel axis of the network input is its first axis for rank ≥ 3 ([C, H, W]) and its last for rank ≤ 2 ([F]
/// features, [T, F] sequences). One value applies to every element; otherwise one per channel.
/// </summary>
/// <param name="Mean">One mean, or one per channel; finite.</param>
/// <param name="Std">One standard deviation, or one per channel; finite and &gt; 0.</param>
public sealed record InputNormalisation(IReadOnlyList<double> Mean, IReadOnlyList<double> Std)
{
    /// <summary>The channel count of <paramref name="inputShape"/> (see the type's remarks).</summary>
    public static int Channels(TensorShape inputShape)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        return inputShape.Rank == 0 ? 1 : inputShape.Rank >= 3 ? inputShape[0] : inputShape[inputShape.Rank - 1];
    }

    /// <summary>
    /// Checks the values against the network input <paramref name="inputShape"/>; errors name the fields
    /// <c>InputMean</c> and <c>InputStd</c> (the CLI maps them to its options).
    /// </summary>
    /// <exception cref="InputException">Empty, non-finite, std ≤ 0, or a count other than 1 or the channel count.</exception>
    public void Validate(TensorShape inputShape)
    {
        var channels = Channels(inputShape);
        Check(Mean, "InputMean", channels, inputShape, positive: false);
        Check(Std, "InputStd", channels, inputShape, positive: true);
    }

    /// <summary>The normalised copy of <paramref name="sample"/> (row-major, the network input's shape).</summary>
    /// <param name="sample">The sample as the data set gives it, network units.</param>
    /// <param name="inputShape">The network input's shape (sets the channel of each element).</param>
    public double[] Apply(ReadOnlySpan<double> sample, TensorShape inputShape)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        var result = new double[sample.Length];
        var channels = Channels(inputShape);
        // Elements of one channel: a block of H·W for [C, H, W] (first axis), or every channels-th element (last axis).
        var block = inputShape.Rank >= 3 ? sample.Length / channels : 1;
        for (var i = 0; i < sample.Length; i++)
        {
            var c = inputShape.Rank >= 3 ? i / block : i % channels;
            var mean = Mean.Count == 1 ? Mean[0] : Mean[c];
            var std = Std.Count == 1 ? Std[0] : Std[c];
            result[i] = (sample[i] - mean) / std;
        }

        return result;
    }

    /// <summary>The values as text, e.g. <c>0.5,0.25</c>.</summary>
    public static string Text(IReadOnlyList<double> values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static void Check(IReadOnlyList<double> values, string field, int channels, TensorShape shape, bool positive)
    {
        if (values is null || values.Count == 0)
        {
            throw new InputException(new SourceLocation(null, Field: field), "give one value, or one per input channel");
        }

        if (values.Count != 1 && values.Count != channels)
        {
            throw new InputException(new SourceLocation(null, Field: field), string.Create(CultureInfo.InvariantCulture, $"{values.Count} values; the network input {shape} has {channels} channel(s): give one value, or {channels}"));
        }

        foreach (var value in values)
        {
            if (!double.IsFinite(value) || (positive && value <= 0))
            {
                throw new InputException(new SourceLocation(null, Field: field), string.Create(CultureInfo.InvariantCulture, $"{value} is not {(positive ? "a finite number > 0" : "a finite number")}"));
            }
        }
    }
}
