using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>Writes a compiled design: manifest.json, plan/ and the SPICE files, all with LF line endings.</summary>
public static class CompiledDesignWriter
{
    /// <summary>Writes <paramref name="design"/> into <paramref name="directory"/> (which should be empty).</summary>
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
        File.WriteAllText(Path.Combine(directory, "manifest.json"), ProjectJson.Serialize(design.Manifest));
    }
}
