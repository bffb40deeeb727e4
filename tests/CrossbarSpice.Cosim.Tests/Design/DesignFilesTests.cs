using System.Text.Json.Nodes;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;

namespace CrossbarSpice.Cosim.Tests.Design;

/// <summary>
/// The manifest lists every file of the design with its SHA-256, and opening a design checks them: a file edited or
/// deleted after compiling is refused by name; files the list does not name (a user's notes) are allowed; a manifest
/// whose recorded input hash was edited is named together with the copy it disagrees with.
/// </summary>
public sealed class DesignFilesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-design-files-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Write_ManifestListsEveryOtherFileOfTheFolderInOrderWithItsSha256()
    {
        var design = Compile();

        var files = CompiledDesignFolder.Read(design).Manifest.Files!;
        var onDisk = Directory.EnumerateFiles(design, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(design, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(onDisk, files.Select(f => f.Path));
        Assert.Contains("network/architecture.json", onDisk);
        Assert.Contains("fc1/tile-r0-c0.sub", onDisk);
        Assert.Contains("plan/fc1/tile-r0-c0.csv", onDisk);
        foreach (var file in files)
        {
            Assert.Equal(ManifestFile.HashOf(Path.Combine(design, file.Path)), file.Sha256);
        }
    }

    [Theory]
    [InlineData("fc1/tile-r0-c0.sub")]
    [InlineData("fc2/deck.cir")]
    [InlineData("lib/periphery.sub")]
    [InlineData("plan/fc1/tile-r0-c0.csv")]
    [InlineData("plan/plan.json")]
    [InlineData("network/weights.npz")]
    public void Open_FileEditedAfterCompiling_ThrowsNamingTheFile(string file)
    {
        var design = Compile();
        var path = Path.Combine(design, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("edited after compiling", error.Message, StringComparison.Ordinal);
        Assert.Contains("recompile the design", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileDeletedAfterCompiling_ThrowsNamingTheMissingFile()
    {
        var design = Compile();
        var path = Path.Combine(design, "fc2", "tile-r0-c0.sub");
        File.Delete(path);

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(path, error.Location.File);
        Assert.StartsWith($"{path}: missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ExtraFilesTheListDoesNotName_OpensAndComputesAsBefore()
    {
        var design = Compile();
        var x = Enumerable.Range(0, CosimDesign.Open(design).Network.Inputs[0].Shape.ElementCount).Select(i => (i % 7) / 7.0).ToArray();
        var expected = Outputs(design, x);
        File.WriteAllText(Path.Combine(design, "notes.txt"), "measured on chip 3\n");
        File.WriteAllText(Path.Combine(design, "fc1", "notes.txt"), "tile r0 c0 has a weak column\n");

        Assert.Equal(expected, Outputs(design, x));
    }

    [Fact]
    public void Open_ManifestWithoutFileList_ThrowsAskingToRecompile()
    {
        var design = Compile();
        EditManifest(design, manifest => manifest.Remove("files"));

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(Path.Combine(design, "manifest.json"), error.Location.File);
        Assert.Equal("files", error.Location.Field);
        Assert.Contains("recompile", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/hostname")]
    [InlineData("manifest.json")]
    public void Open_ListEntryOutsideTheDesign_ThrowsNamingTheManifestField(string path)
    {
        var design = Compile();
        EditManifest(design, manifest => manifest["files"]![0]!["path"] = path);

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        Assert.Equal(Path.Combine(design, "manifest.json"), error.Location.File);
        Assert.Equal("files[0].path", error.Location.Field);
    }

    [Fact]
    public void Open_ManifestWithEditedArchitectureHash_SaysTheManifestAndTheArchitectureDisagree()
    {
        var design = Compile();
        EditManifest(design, manifest => manifest["inputs"]!["architecture"]!["sha256"] = new string('0', 64));

        var error = Assert.Throws<InputException>(() => CosimDesign.Open(design));

        var manifestPath = Path.Combine(design, "manifest.json");
        Assert.Equal(manifestPath, error.Location.File);
        Assert.Equal("inputs.architecture.sha256", error.Location.Field);
        Assert.Contains("the manifest and the architecture", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(design, "network", "architecture.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains("disagree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EditedDeck_ThrowsNamingTheDeck()
    {
        var design = Compile();
        var deck = Path.Combine(design, "fc1", "deck.cir");
        File.AppendAllText(deck, "* a comment added by hand\n");

        var error = Assert.Throws<InputException>(() => CompiledDesignValidator.Validate(design));

        Assert.Equal(deck, error.Location.File);
    }

    private string Compile() => ExampleDesign.Compile(
        "tiny-mlp",
        Path.Combine(directory, "tiny-mlp"),
        new CompileOptions { DesignName = "tiny-mlp", Cell = CellKind.Passive, MaxTileRows = 16, MaxTileColumns = 16 });

    private static List<double[]> Outputs(string design, double[] x)
    {
        var wired = CosimDesign.Open(design).Level(CosimLevel.Wired);
        try
        {
            return [.. wired.Forward(x)];
        }
        finally
        {
            (wired as IDisposable)?.Dispose();
        }
    }

    private static void EditManifest(string design, Action<JsonObject> edit)
    {
        var path = Path.Combine(design, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
