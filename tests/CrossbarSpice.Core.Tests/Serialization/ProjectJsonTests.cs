using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Core.Tests.Serialization;

/// <summary>The project's JSON dialect on read: duplicate keys are refused, naming the key and the file.</summary>
public sealed class ProjectJsonTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("crossbarspice-json-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ReadFile_DuplicateKey_NamesTheKeyAndTheFile()
    {
        var path = Path.Combine(root, "manifest.json");
        File.WriteAllText(path, "{\n  \"name\": \"a\",\n  \"count\": 1,\n  \"count\": 2\n}\n");

        var error = Assert.Throws<InputException>(() => ProjectJson.ReadFile<Sample>(path, "manifest"));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("count", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Sample(string Name, int Count);
}
