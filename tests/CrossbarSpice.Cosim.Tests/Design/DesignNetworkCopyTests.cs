using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Design;

/// <summary>
/// The design folder carries its own copy of the network (network/): a design moved elsewhere, its original inputs
/// gone, co-simulates exactly as before, and a changed copy is refused.
/// </summary>
public sealed class DesignNetworkCopyTests : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private static readonly Lazy<LabelledSamples> TestSamples = new(() => LabelledSamples.FromImages(TestImages.Value));
    private static readonly CosimLevel[] Levels = [CosimLevel.Ideal, CosimLevel.Mapped, CosimLevel.Wired];
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-network-copy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Open_MovedDesignWithOriginalInputsDeleted_CosimulatesIdenticallyFromItsCopy()
    {
        var original = Compile("bcu-small");
        var report = Path.Combine(directory, "run-original");
        CosimRunner.Run(new CosimRequest(original, Levels, 4, report), TestSamples.Value);
        var expected = Forward(original);

        var moved = Path.Combine(directory, "elsewhere", "bcu-small");
        CopyDirectory(original, moved);
        Directory.Delete(Path.Combine(directory, "inputs"), recursive: true);
        Directory.Delete(original, recursive: true);
        var movedReport = Path.Combine(directory, "run-moved");
        CosimRunner.Run(new CosimRequest(moved, Levels, 4, movedReport), TestSamples.Value);

        var actual = Forward(moved);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        foreach (var table in new[] { "predictions.csv", "layer-deltas.csv", "accuracy.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(report, table)), File.ReadAllText(Path.Combine(movedReport, table)));
        }
    }

    [Fact]
    public void Write_CopiesAreByteCopiesWhoseHashesTheManifestRecords()
    {
        var design = Compile("tiny-mlp");

        var manifest = CompiledDesignFolder.Read(design).Manifest;
        Assert.Equal(manifest.Inputs.Architecture.Sha256, ManifestFile.HashOf(Path.Combine(design, "network", "architecture.json")));
        Assert.Equal(manifest.Inputs.Weights.Single().Sha256, ManifestFile.HashOf(Path.Combine(design, "network", "weights.npz")));
        Assert.Equal(["architecture.json", "weights.npz"], Directory.GetFiles(Path.Combine(design, "network")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("architecture.json")]
    [InlineData("weights.npz")]
    public void Open_ChangedCopy_ThrowsNamingTheFileAndSha256(string file)
    {
        var design = Compile("tiny-mlp");
        var path = Path.Combine(design, "network", file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("network", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DesignWithoutNetworkCopy_ThrowsNamingTheMissingFileEvenWhenTheOriginalsExist()
    {
        var design = Compile("tiny-mlp");
        Directory.Delete(Path.Combine(design, "network"), recursive: true);

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(Path.Combine(design, "network", "architecture.json"), error.Location.File);
        Assert.Contains("recompile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightsPaths_TwoFilesOfOneName_EachGetsAFolderOfItsOwn()
    {
        var inputs = new ManifestInputs(
            new ManifestFile("a/architecture.json", "00"),
            [new ManifestFile("a/weights.npz", "01"), new ManifestFile("b/weights.npz", "02"), new ManifestFile("b/extra.npy", "03")],
            new ManifestFile("card.json", "04"));

        Assert.Equal(["network/weights-1/weights.npz", "network/weights-2/weights.npz", "network/extra.npy"], DesignNetworkCopy.WeightsPaths(inputs));
    }

    /// <summary>Compiles a copy of example <paramref name="example"/>'s inputs (in a scratch folder, so they can be deleted).</summary>
    private string Compile(string example)
    {
        var inputsFolder = Path.Combine(directory, "inputs", example);
        Directory.CreateDirectory(inputsFolder);
        var architecture = Path.Combine(inputsFolder, "architecture.json");
        var weights = Path.Combine(inputsFolder, "weights.npz");
        File.Copy(ExampleDesign.File(example, "architecture.json"), architecture);
        File.Copy(ExampleDesign.File(example, "weights.npz"), weights);
        var card = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [ManifestFile.Of(weights)], ManifestFile.Of(card));
        var options = new CompileOptions { DesignName = example, Cell = CellKind.Passive, MaxTileRows = 32, MaxTileColumns = 32, Process = ExampleDesign.Process };
        var compiled = NetworkCompiler.Compile(ModelLoader.Load(architecture, weights), DeviceCardReader.ReadMemristor(card), options, inputs);
        var folder = Path.Combine(directory, "designs", example);
        CompiledDesignWriter.Write(compiled, folder);
        DesignNetworkCopy.Write(inputs, folder);
        return folder;
    }

    /// <summary>Every level's outputs, layer by layer, of the first four test images.</summary>
    private static List<double[]> Forward(string folder)
    {
        var design = CosimDesign.Open(folder);
        var outputs = new List<double[]>();
        foreach (var level in Levels)
        {
            var forward = design.Level(level);
            try
            {
                for (var sample = 0; sample < 4; sample++)
                {
                    outputs.AddRange(forward.Forward(TestImages.Value.Pixels(sample)));
                }
            }
            finally
            {
                (forward as IDisposable)?.Dispose();
            }
        }

        return outputs;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
