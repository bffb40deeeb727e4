using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// Writes a compiled design: the SPICE files, plan/ and, last, manifest.json listing every file of the folder with its
/// SHA-256 (<see cref="DesignManifest.Files"/>), all with LF line endings.
/// </summary>
public static class CompiledDesignWriter
{
    /// <summary>
    /// Writes <paramref name="design"/> into <paramref name="directory"/> (which should be empty, or hold only files that
    /// belong to the design, such as its network copy: every file in it is listed in the manifest).
    /// </summary>
    public static void Write(CompiledDesign design, string directory)
    {
        ArgumentNullException.ThrowIfNull(design);
        foreach (var (relative, text) in design.Files)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        ConductancePlanWriter.Write(design.Plan, Path.Combine(directory, Path.GetDirectoryName(design.Manifest.Plan)!));
        WriteManifest(design.Manifest, directory);
    }

    /// <summary>
    /// Rewrites the manifest of the design in <paramref name="directory"/> with the list of every file now in the folder;
    /// called after files that belong to the design were added to it (the network copy).
    /// </summary>
    /// <exception cref="Core.Diagnostics.InputException">The folder has no readable manifest.</exception>
    public static void Seal(string directory) =>
        WriteManifest(CompiledDesignValidator.ReadManifest(Path.Combine(directory, DesignFiles.ManifestName)), directory);

    private static void WriteManifest(DesignManifest manifest, string directory) =>
        File.WriteAllText(Path.Combine(directory, DesignFiles.ManifestName), ProjectJson.Serialize(manifest with { Files = DesignFiles.Of(directory) }));
}
