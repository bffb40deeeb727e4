using System.Security.Cryptography;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The list of a design's own files with their SHA-256 (<see cref="DesignManifest.Files"/>): made when compile-weights
/// writes the folder and checked whenever a design is opened, so a tile, deck, library, conductance table or network
/// copy edited after compiling is refused instead of being used by one level while another uses the plan. The
/// manifest is not in the list (it holds the list). Files the list does not name (a user's notes) are allowed: no
/// level reads them, because every file a listed file refers to (plan tables, <c>.include</c>s, the network copy) is
/// itself a file of the compiled design and therefore listed.
/// </summary>
public static class DesignFiles
{
    /// <summary>The manifest's file name inside a design folder.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>Every file under <paramref name="directory"/> except the top-level manifest, relative paths with '/'
    /// separators in ordinal order, each with its SHA-256.</summary>
    public static IReadOnlyList<DesignFile> Of(string directory)
    {
        var root = Path.GetFullPath(directory);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(relative => relative != ManifestName)
            .Order(StringComparer.Ordinal)
            .Select(relative => new DesignFile(relative, Sha256Of(Path.Combine(root, relative))))];
    }

    /// <summary>
    /// Checks that every file <paramref name="manifest"/> lists is in <paramref name="directory"/> with the bytes it had
    /// when the design was compiled.
    /// </summary>
    /// <exception cref="InputException">The manifest has no list (a design of an older version) or a malformed entry
    /// (names the manifest and the field), or a listed file is missing, unreadable or changed (names that file).</exception>
    public static void Verify(string directory, DesignManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var root = Path.GetFullPath(directory);
        var manifestPath = Path.Combine(root, ManifestName);
        if (manifest.Files is not { } files)
        {
            throw new InputException(
                new SourceLocation(manifestPath, Field: "files"),
                "missing: the manifest does not list the design's files with their SHA-256, so edits after compiling cannot be detected; the design was compiled by an older version, recompile it with compile-weights");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var entry = files[i] ?? throw new InputException(new SourceLocation(manifestPath, Field: $"files[{i}]"), "expected an object with path and sha256, found null");
            CheckEntry(entry, i, manifestPath, seen);
            var path = Path.Combine(root, entry.Path);
            if (!File.Exists(path))
            {
                throw new InputException(new SourceLocation(path), $"missing: {ManifestName} lists it among the design's files; the design was changed after compiling; recompile the design");
            }

            string actual;
            try
            {
                actual = Sha256Of(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new InputException(new SourceLocation(path), $"cannot read this file of the design: {exception.Message}", exception);
            }

            if (actual != entry.Sha256)
            {
                throw new InputException(
                    new SourceLocation(path),
                    $"edited after compiling: its SHA-256 {actual} differs from the {entry.Sha256} that {manifestPath} records for it; recompile the design (or restore the file)");
            }
        }
    }

    /// <summary>The SHA-256 of the bytes at <paramref name="path"/> (hex, lower case), read as a stream.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>An entry must name a file inside the folder once, other than the manifest, with a SHA-256 in hex.</summary>
    private static void CheckEntry(DesignFile entry, int index, string manifestPath, HashSet<string> seen)
    {
        var segments = (entry.Path ?? string.Empty).Split('/');
        var inside = !string.IsNullOrEmpty(entry.Path) && !Path.IsPathRooted(entry.Path) && !entry.Path.Contains('\\', StringComparison.Ordinal)
            && segments.All(s => s.Length > 0 && s != "." && s != "..") && entry.Path != ManifestName;
        if (!inside)
        {
            throw new InputException(new SourceLocation(manifestPath, Field: $"files[{index}].path"), $"expected a path relative to the design folder with '/' separators, other than {ManifestName}; found '{entry.Path}'");
        }

        if (!seen.Add(entry.Path!))
        {
            throw new InputException(new SourceLocation(manifestPath, Field: $"files[{index}].path"), $"'{entry.Path}' is listed twice");
        }

        if (entry.Sha256 is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new InputException(new SourceLocation(manifestPath, Field: $"files[{index}].sha256"), $"expected 64 lower-case hex digits, found '{entry.Sha256}'");
        }
    }
}
