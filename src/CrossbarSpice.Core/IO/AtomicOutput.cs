namespace CrossbarSpice.Core.IO;

/// <summary>
/// Writes an output directory or file under a temporary name and moves it into place only when complete,
/// so a failure or an interrupt never leaves partial output where the user expects results.
/// </summary>
public static class AtomicOutput
{
    /// <summary>
    /// Runs <paramref name="write"/> on a fresh temporary directory beside <paramref name="directory"/>, then
    /// moves it into place (replacing an existing directory of that name). On any exception the temporary
    /// directory is deleted and the previous contents of <paramref name="directory"/> are left untouched.
    /// </summary>
    public static void WriteDirectory(string directory, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("no parent directory", nameof(directory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var temporary = Path.Combine(parent, $".{name}.partial-{Environment.ProcessId}");
        DeleteDirectory(temporary);
        Directory.CreateDirectory(temporary);
        try
        {
            write(temporary);
            var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
            DeleteDirectory(previous);
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(temporary, target);
            DeleteDirectory(previous);
        }
        catch
        {
            DeleteDirectory(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="contents"/> to a temporary file beside <paramref name="path"/>, then renames it.</summary>
    public static void WriteText(string path, string contents)
    {
        var target = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        try
        {
            File.WriteAllText(temporary, contents);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
