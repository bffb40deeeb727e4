using System.Collections.Immutable;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Reference;
using CrossbarSpice.Cosim.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Design;

/// <summary>
/// A design compiled with an input normalisation applies it to every sample before the DACs, the same at every level:
/// the ideal level is exactly the reference forward of the normalised input, and the circuit levels (signed read
/// voltages on the first crossbar's rows) predict the same classes.
/// </summary>
public sealed class InputNormalisationTests : IDisposable
{
    private static readonly InputNormalisation Normalisation = new([0.5], [0.25]);
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-normalisation-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Two tiny-mlp samples in [0, 1]: after normalisation each spans −2 … 2, both signs on the rows.</summary>
    private static LabelledSamples Data(int[] labels, IReadOnlyList<string>? names = null)
    {
        var features = Enumerable.Range(0, labels.Length * 12).Select(k => ((k * 7) % 13) / 12.0).ToArray();
        return LabelledSamples.FromValues("two", "two.npz", "two.npz", [12], features, labels, names);
    }

    private string Compile(string name, InputNormalisation? normalisation) =>
        ExampleDesign.Compile("tiny-mlp", Path.Combine(directory, name), new CompileOptions { DesignName = name, SegmentOhms = 2, OutputVoltsPerUnit = 0.1, InputNormalisation = normalisation });

    [Fact]
    public void Ideal_NormalisedDesign_IsExactlyTheReferenceForwardOfTheNormalisedInput()
    {
        var design = CosimDesign.Open(Compile("tiny-norm", Normalisation));
        var data = Data([0, 1]);
        var reference = new ReferenceNetwork(design.Network);
        var ideal = design.Level(CosimLevel.Ideal);

        for (var i = 0; i < data.Count; i++)
        {
            var raw = data.Features(i);
            var normalised = raw.Select(x => (x - 0.5) / 0.25).ToArray();
            Assert.Contains(normalised, x => x < 0);
            var expected = reference.Forward(normalised).Output.Values.ToArray();

            var actual = ideal.Forward(DesignSamples.Of(design, data, 2).Input(i))[^1];

            Assert.Equal(expected, actual);
            Assert.NotEqual(reference.Forward(raw).Output.Values.ToArray(), actual);
        }
    }

    [Fact]
    public void Run_EveryLevel_SamePredictionsOnNormalisedSignedInputs()
    {
        var design = Compile("tiny-norm", Normalisation);
        var reference = CosimDesign.Open(design);
        var data = Data([0, 0]);
        var expected = Enumerable.Range(0, 2).Select(i => new ReferenceNetwork(reference.Network).Forward(reference.NetworkInput(data.Features(i))).PredictedClass()).ToArray();
        CosimLevel[] levels = [CosimLevel.Ideal, CosimLevel.Mapped, CosimLevel.Wired, CosimLevel.Characterised, CosimLevel.Spice];

        var report = CosimRunner.Run(new CosimRequest(design, levels, 2, Path.Combine(directory, "run")), data);

        foreach (var sample in report.Samples)
        {
            Assert.All(sample.Predicted, p => Assert.Equal(expected[sample.Index], p));
        }

        // The spice level ran the first crossbar's rows at negative volts too and agrees with the wired level closely.
        Assert.All(report.Samples, s => Assert.True(Math.Abs(s.OutputVolts[4, 0] - s.OutputVolts[2, 0]) < 0.02, $"sample {s.Index}: spice {s.OutputVolts[4, 0]} V vs wired {s.OutputVolts[2, 0]} V"));
    }

    [Fact]
    public void Manifest_RecordsTheNormalisationOnlyWhenGiven()
    {
        var plain = File.ReadAllText(Path.Combine(Compile("plain", null), "manifest.json"));
        var normalised = CosimDesign.Open(Compile("norm", new InputNormalisation([0.5], [0.25])));

        Assert.DoesNotContain("inputMean", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("inputStd", plain, StringComparison.Ordinal);
        Assert.Equal(Normalisation.Mean, normalised.InputNormalisation!.Mean);
        Assert.Equal(Normalisation.Std, normalised.InputNormalisation.Std);
    }

    [Fact]
    public void Apply_PerChannel_FirstAxisOfChwLastAxisOfFlatInputs()
    {
        var perChannel = new InputNormalisation([1, 2], [2, 4]);

        Assert.Equal([0, 0.5, 0, 0.25], perChannel.Apply([1, 2, 2, 3], new TensorShape(2, 1, 2)));
        Assert.Equal([0, 0, 1, 0.5], perChannel.Apply([1, 2, 3, 4], new TensorShape(2, 2)));
        var error = Assert.Throws<InputException>(() => new InputNormalisation([1, 2, 3], [1]).Validate(new TensorShape(2, 1, 2)));
        Assert.Equal("InputMean", error.Location.Field);
        Assert.Throws<InputException>(() => new InputNormalisation([0], [0]).Validate(new TensorShape(4)));
    }

    [Fact]
    public void Of_DataThatDoNotFitTheDesign_ThrowNamingBothSidesOrTheSample()
    {
        var design = CosimDesign.Open(Compile("tiny", null));

        var shape = Assert.Throws<InputException>(() => DesignSamples.Of(design, LabelledSamples.FromValues("wide", "wide.csv", "wide.csv", [13], new double[13], [0]), 1));
        Assert.Contains("[13] (13 values)", shape.Problem, StringComparison.Ordinal);
        Assert.Contains("[12] (12 values)", shape.Problem, StringComparison.Ordinal);

        var label = Assert.Throws<InputException>(() => DesignSamples.Of(design, Data([0, 3]), 1));
        Assert.Contains("label 3 of sample 1", label.Problem, StringComparison.Ordinal);
        Assert.Contains("3 outputs", label.Problem, StringComparison.Ordinal);

        var count = Assert.Throws<InputException>(() => DesignSamples.Of(design, Data([0, 1]), 5));
        Assert.Equal("Samples", count.Location.Field);
        Assert.Contains("holds 2", count.Problem, StringComparison.Ordinal);

        var names = Assert.Throws<InputException>(() => DesignSamples.Of(design, Data([0, 1], ["a", "b"]), 1));
        Assert.Equal("classes", names.Location.Field);
    }

    [Fact]
    public void Run_ClassNames_AddNameColumnsAndThePerClassTable()
    {
        var design = Compile("tiny", null);
        var output = Path.Combine(directory, "named");

        CosimRunner.Run(new CosimRequest(design, [CosimLevel.Ideal], 2, output), Data([0, 2], ["low", "mid", "high"]));

        var predictions = File.ReadAllLines(Path.Combine(output, "predictions.csv"));
        Assert.Equal("sample,label,predicted_ideal,label_name,predicted_name_ideal", predictions[0]);
        Assert.StartsWith("1,2,", predictions[2], StringComparison.Ordinal);
        Assert.Contains(",high,", predictions[2], StringComparison.Ordinal);
        var classes = File.ReadAllLines(Path.Combine(output, "classes.csv"));
        Assert.Equal("class,name,samples,correct_ideal,accuracy_ideal", classes[0]);
        Assert.StartsWith("2,high,1,", classes[3], StringComparison.Ordinal);
    }
}
