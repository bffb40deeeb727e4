using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// A class-name file: one name per line, line k (from 0) naming class k; UTF-8, LF or CRLF; surrounding blanks are
/// trimmed, trailing empty lines ignored. An empty line in between, or the same name twice, is an error.
/// </summary>
public static class ClassNamesFile
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Unreadable, no names, an empty line between names, or a duplicate (line named).</exception>
    public static IReadOnlyList<string> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(InputFile.ReadAllBytes(path, "the class-name file"));
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            throw new InputException(new SourceLocation(path), "no class names (one name per line)");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lines.Count; k++)
        {
            if (lines[k].Length == 0)
            {
                throw new InputException(new SourceLocation(path, Line: k + 1), $"empty line: line k names class k − 1, so class {k} would have no name");
            }

            if (!seen.TryAdd(lines[k], k + 1))
            {
                throw new InputException(new SourceLocation(path, Line: k + 1), $"'{lines[k]}' already names class {seen[lines[k]] - 1} (line {seen[lines[k]]})");
            }
        }

        return lines;
    }
}
