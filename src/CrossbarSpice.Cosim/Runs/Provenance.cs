using System.Reflection;
using System.Runtime.InteropServices;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// Writes <c>provenance.json</c> into an output folder a verb wrote: what produced it (project version and git commit
/// from the build's metadata, the ngspice library's own version, the command line), from what (SHA-256 of every input
/// file; a design folder by its manifest, which hashes every file of the design), with which seeds, on which machine.
/// Its fields vary with the machine and the paths given, so it is never one of the compared outputs: golden checks,
/// merge byte-equality and a design's file list (written before it, and allowing unlisted files) leave it out.
/// </summary>
public static class Provenance
{
    /// <summary>The file's name in an output folder.</summary>
    public const string FileName = "provenance.json";

    /// <summary>Writes the provenance of <paramref name="folder"/> (atomically) and returns its path.</summary>
    /// <param name="folder">The output folder the verb wrote; must exist.</param>
    /// <param name="inputs">Input files or design folders (null entries and built-in names such as <c>fashion-mnist</c> are skipped).</param>
    /// <param name="seeds">Named seeds of the run's random streams; null or empty for none.</param>
    public static string Write(string folder, IEnumerable<string?> inputs, IReadOnlyDictionary<string, long>? seeds = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(inputs);
        var path = Path.Combine(folder, FileName);
        AtomicOutput.WriteText(path, ProjectJson.Serialize(Of(inputs, seeds)));
        return path;
    }

    /// <summary>The provenance of a run with <paramref name="inputs"/> and <paramref name="seeds"/> in this process.</summary>
    public static ProvenanceDocument Of(IEnumerable<string?> inputs, IReadOnlyDictionary<string, long>? seeds = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (version, commit) = Build(Assembly.GetEntryAssembly() ?? typeof(Provenance).Assembly);
        var files = new List<ProvenanceInput>();
        foreach (var input in inputs.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var file = Directory.Exists(input) && File.Exists(Path.Combine(input, DesignFiles.ManifestName)) ? Path.Combine(input, DesignFiles.ManifestName) : input;
            if (File.Exists(file))
            {
                files.Add(new ProvenanceInput(file, DesignFiles.Sha256Of(file)));
            }
        }

        return new ProvenanceDocument(
            "CrossbarSpice",
            version,
            commit,
            NgspiceLibraryVersion(),
            ["crossbar", .. Environment.GetCommandLineArgs().Skip(1)],
            files,
            seeds is { Count: > 0 } ? new SortedDictionary<string, long>(seeds.ToDictionary(), StringComparer.Ordinal) : null,
            new ProvenanceMachine(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(), RuntimeInformation.FrameworkDescription));
    }

    /// <summary>
    /// Version and commit from the assembly's informational version <c>1.0.0+&lt;commit&gt;</c> (the SDK appends the
    /// git commit it was built from as SourceRevisionId); commit <c>unknown</c> when it was not built from git.
    /// </summary>
    public static (string Version, string Commit) Build(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (informational, "unknown") : (informational[..plus], informational[(plus + 1)..]);
    }

    private static string NgspiceLibraryVersion()
    {
        try
        {
            return NgspiceVersion.Query();
        }
        catch (EngineUnavailableException exception)
        {
            return $"unavailable: {exception.Message}";
        }
    }
}
