using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Design;

/// <summary>
/// The samples a design runs: samples 0 … <see cref="Count"/> − 1 of a data set, checked against the design (per-sample
/// size and shape against the network input, every label against the network's outputs, the class names' count), each
/// given to the levels through <see cref="CosimDesign.NetworkInput"/> (the design's input normalisation). cosim, sweep
/// and golden take their inputs from here.
/// </summary>
public sealed class DesignSamples
{
    private readonly CosimDesign design;

    private DesignSamples(CosimDesign design, LabelledSamples data, int count)
    {
        this.design = design;
        Data = data;
        Count = count;
    }

    /// <summary>The data set.</summary>
    public LabelledSamples Data { get; }

    /// <summary>Samples used, ≥ 1.</summary>
    public int Count { get; }

    /// <summary>
    /// Checks <paramref name="data"/> against <paramref name="design"/> and takes its first <paramref name="count"/>
    /// samples. A count larger than the data set is an error naming the field <c>Samples</c> (never silently clamped).
    /// </summary>
    /// <exception cref="InputException">Too few samples, a sample that does not fit the network input (both shapes
    /// named), a label outside the network's outputs (the sample named), or class names that do not match the outputs.</exception>
    public static DesignSamples Of(CosimDesign design, LabelledSamples data, int count)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count > data.Count)
        {
            throw new InputException(new SourceLocation(null, Field: "Samples"), $"{Text(count)} samples asked for, but {data.Name} holds {Text(data.Count)}");
        }

        var input = design.Network.Inputs[0];
        if (!Fits(data, input.Shape))
        {
            throw new InputException(
                new SourceLocation(data.File),
                $"samples of shape {data.ShapeText} ({Text(data.FeaturesPerSample)} values) do not fit the input '{input.Name}' of design {design.Folder.Manifest.Design}: {input.Shape} ({Text(input.Shape.ElementCount)} values)");
        }

        var outputs = design.OutputCount;
        for (var i = 0; i < data.Count; i++)
        {
            if (data.Label(i) >= outputs)
            {
                throw new InputException(
                    new SourceLocation(data.LabelsFile, Field: "label"),
                    $"label {Text(data.Label(i))} of sample {Text(i)} is outside 0–{Text(outputs - 1)}: design {design.Folder.Manifest.Design} has {Text(outputs)} outputs");
            }
        }

        if (data.ClassNames is { } names && names.Count != outputs)
        {
            throw new InputException(
                new SourceLocation(data.ClassNamesFile ?? data.File, Field: "classes"),
                $"{Text(names.Count)} class names, but design {design.Folder.Manifest.Design} has {Text(outputs)} outputs (one name per output)");
        }

        return new DesignSamples(design, data, count);
    }

    /// <summary>
    /// Opens the design in <paramref name="designFolder"/> and checks <paramref name="data"/> against it as
    /// <see cref="Of"/> does, so a verb can refuse bad data before it creates its output folder.
    /// </summary>
    /// <exception cref="InputException">As for <see cref="CosimDesign.Open"/> and <see cref="Of"/>.</exception>
    public static DesignSamples Check(string designFolder, LabelledSamples data, int count) => Of(CosimDesign.Open(designFolder), data, count);

    /// <summary>Network input of sample <paramref name="index"/>: its features, normalised as the design was compiled.</summary>
    public double[] Input(int index) => design.NetworkInput(Data.Features(index));

    /// <summary>Label of sample <paramref name="index"/>.</summary>
    public int Label(int index) => Data.Label(index);

    /// <summary>The network inputs of the <see cref="Count"/> samples against the DAC range (±1 unit).</summary>
    public InputRange Range()
    {
        var range = new InputRange(design.Folder.Manifest.Options.InputVoltsPerUnit, design.InputNormalisation is not null);
        for (var i = 0; i < Count; i++)
        {
            range.Add(i, Input(i));
        }

        return range;
    }

    /// <summary>
    /// True when the samples' values can be laid onto the network input: the same number of values, and the same shape
    /// unless either is flat (leading 1s ignored: [28, 28] fits [1, 28, 28], [784] fits anything of 784 values).
    /// </summary>
    private static bool Fits(LabelledSamples data, TensorShape input)
    {
        if (data.FeaturesPerSample != input.ElementCount)
        {
            return false;
        }

        var a = data.SampleShape.SkipWhile(d => d == 1).ToList();
        var b = input.Dimensions.SkipWhile(d => d == 1).ToList();
        return a.Count <= 1 || b.Count <= 1 || a.SequenceEqual(b);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
