namespace CrossbarSpice.Cli.Tests.Support;

/// <summary>A temporary folder for one test's outputs, deleted afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    /// <summary>Creates an empty folder under the system temp path.</summary>
    public ScratchDirectory() => Path = Directory.CreateTempSubdirectory("crossbarspice-cli-").FullName;

    /// <summary>Full path of the folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
