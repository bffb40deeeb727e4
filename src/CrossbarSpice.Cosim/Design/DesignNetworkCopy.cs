using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Onnx;

namespace CrossbarSpice.Cosim.Design;

/// <summary>
/// The copy of the network a design was compiled from, kept in its folder so the folder is self-sufficient:
/// <c>network/architecture.json</c> (or <c>network/model.onnx</c>) and <c>network/&lt;weights file name&gt;</c> are byte copies of the architecture and
/// weights the manifest records (so their SHA-256 equal the manifest's), and a CSV file the architecture names sits at
/// its path relative to the copied architecture. Two weights files of the same name go to
/// <c>network/weights-&lt;n&gt;/&lt;name&gt;</c> (n = 1-based position in the manifest). Designs are loaded from this copy,
/// never from the paths the manifest records (those say where compile-weights read the inputs).
/// </summary>
public static class DesignNetworkCopy
{
    /// <summary>The folder of the copy inside a design folder.</summary>
    public const string FolderName = "network";

    /// <summary>Path of the architecture's copy relative to the design folder: <c>network/architecture.json</c>, or
    /// <c>network/model.onnx</c> for a design compiled from an ONNX model (which holds its weights).</summary>
    public static string ArchitecturePath(ManifestInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return FolderName + (OnnxImporter.IsOnnxFile(inputs.Architecture.Path) ? "/model" + OnnxImporter.Extension : "/architecture.json");
    }

    /// <summary>Paths of the weights files' copies relative to the design folder, in the manifest's order.</summary>
    public static IReadOnlyList<string> WeightsPaths(ManifestInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var names = inputs.Weights.Select(w => Path.GetFileName(w.Path)).ToList();
        return [.. names.Select((name, i) =>
            names.Count(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) > 1 || string.Equals(name, Path.GetFileName(ArchitecturePath(inputs)), StringComparison.OrdinalIgnoreCase)
                ? $"{FolderName}/weights-{i + 1}/{name}"
                : $"{FolderName}/{name}")];
    }

    /// <summary>
    /// Copies the architecture and weights <paramref name="inputs"/> records (paths relative to the current directory,
    /// as compile-weights was given them), and the CSV files the architecture names, into <paramref name="designFolder"/>;
    /// when the design's manifest is already there (<see cref="CompiledDesignWriter.Write"/> ran first), lists the copies
    /// among the design's files with their SHA-256 (<see cref="CompiledDesignWriter.Seal"/>), as the writer does when it
    /// runs after.
    /// </summary>
    /// <exception cref="InputException">An input changed since it was hashed, or a CSV file the architecture names lies
    /// outside the architecture's folder (the copy could not reach it).</exception>
    public static void Write(ManifestInputs inputs, string designFolder)
    {
        CopyInto(inputs, designFolder);
        if (File.Exists(Path.Combine(designFolder, DesignFiles.ManifestName)))
        {
            CompiledDesignWriter.Seal(designFolder);
        }
    }

    private static void CopyInto(ManifestInputs inputs, string designFolder)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Copy(inputs.Architecture, Path.Combine(designFolder, ArchitecturePath(inputs)));
        foreach (var (file, copy) in inputs.Weights.Zip(WeightsPaths(inputs)))
        {
            Copy(file, Path.Combine(designFolder, copy));
        }

        if (OnnxImporter.IsOnnxFile(inputs.Architecture.Path))
        {
            return;
        }

        var network = Path.GetFullPath(Path.Combine(designFolder, FolderName)) + Path.DirectorySeparatorChar;
        var sourceFolder = Path.GetDirectoryName(inputs.Architecture.Path) ?? string.Empty;
        var csvFiles = ArchitectureReader.Read(inputs.Architecture.Path).Layers.SelectMany(l => l.Tensors).Where(t => t.IsCsvFile).DistinctBy(t => t.Reference);
        foreach (var csv in csvFiles)
        {
            var target = Path.GetFullPath(Path.Combine(network, csv.Reference));
            if (Path.IsPathRooted(csv.Reference) || !target.StartsWith(network, StringComparison.Ordinal))
            {
                throw new InputException(
                    new SourceLocation(inputs.Architecture.Path, Field: csv.JsonPath),
                    $"the design folder keeps a copy of the network; a CSV file the architecture names must lie in the architecture's folder or below it, found '{csv.Reference}'");
            }

            var bytes = File.ReadAllBytes(Path.Combine(sourceFolder, csv.Reference));
            if (File.Exists(target) && !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                throw new InputException(new SourceLocation(inputs.Architecture.Path, Field: csv.JsonPath), $"the CSV file '{csv.Reference}' and a weights file of the same name differ; rename one");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }

    /// <summary>
    /// Loads the network from the copy in <paramref name="designFolder"/>, after checking that the SHA-256 of the
    /// architecture and every weights file equals what <paramref name="inputs"/> (the design's manifest) records.
    /// </summary>
    /// <exception cref="InputException">A file of the copy is missing (a design compiled before the copy was kept:
    /// recompile it) or its SHA-256 differs from the manifest's.</exception>
    /// <exception cref="NetworkValidationException">The copy does not load.</exception>
    public static NetworkGraph Load(string designFolder, ManifestInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var architecture = Verified(designFolder, inputs.Architecture, ArchitecturePath(inputs), "inputs.architecture.sha256", "architecture");
        var weights = inputs.Weights.Zip(WeightsPaths(inputs)).Select((p, i) => Verified(designFolder, p.First, p.Second, $"inputs.weights[{i}].sha256", "weights file")).ToList();
        return ModelLoader.Load(architecture, weights);
    }

    /// <summary>The copy at <paramref name="relative"/>, checked against the hash the manifest records for it at
    /// <paramref name="field"/>; <paramref name="what"/> names the input in the message.</summary>
    private static string Verified(string designFolder, ManifestFile recorded, string relative, string field, string what)
    {
        var path = Path.Combine(designFolder, relative);
        if (!File.Exists(path))
        {
            throw new InputException(
                new SourceLocation(path),
                $"not found: the design folder has no copy of the network it was compiled from (of {recorded.Path}); it was compiled by an older version, recompile it with compile-weights");
        }

        // The design's file list (checked when the design is opened) holds the copy's hash too: a mismatch here, with
        // the copy as listed, means the manifest's inputs were edited, so both files are named rather than the copy.
        var hash = ManifestFile.HashOf(path);
        var manifest = Path.Combine(designFolder, DesignFiles.ManifestName);
        return hash == recorded.Sha256
            ? path
            : throw new InputException(
                new SourceLocation(manifest, Field: field),
                $"the manifest and the {what} {path} disagree: {manifest} records SHA-256 {recorded.Sha256} (for {recorded.Path}), the copy in the design has {hash}; one of the two was edited after compiling; recompile the design");
    }

    private static void Copy(ManifestFile recorded, string target)
    {
        var bytes = File.ReadAllBytes(recorded.Path);
        if (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) != recorded.Sha256)
        {
            throw new InputException(new SourceLocation(recorded.Path), "this file changed while the design was compiled (SHA-256 differs from the one recorded); compile again");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }
}
