using CrossbarSpice.Core.Diagnostics;

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
    /// <exception cref="InputException">The folder cannot be written there (a file on the way, no permission…):
    /// names <paramref name="directory"/> and what was expected.</exception>
    public static void WriteDirectory(string directory, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new InputException(new SourceLocation(directory), "the output folder cannot be a file-system root");
        var name = Path.GetFileName(target);
        var temporary = Path.Combine(parent, $".{name}.partial-{Environment.ProcessId}");
        FileSystem(directory, target, "output folder", () =>
        {
            if (File.Exists(target))
            {
                throw new IOException($"'{target}' is a file");
            }

            Directory.CreateDirectory(parent);
            DeleteDirectory(temporary);
            Directory.CreateDirectory(temporary);
        });
        try
        {
            write(temporary);
            var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
            FileSystem(directory, target, "output folder", () =>
            {
                DeleteDirectory(previous);
                if (Directory.Exists(target))
                {
                    Directory.Move(target, previous);
                }

                Directory.Move(temporary, target);
                DeleteDirectory(previous);
            });
        }
        catch
        {
            DeleteDirectory(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="contents"/> to a temporary file beside <paramref name="path"/>, then renames it.</summary>
    /// <exception cref="InputException">The file cannot be written there (a file on the way, a folder of that name,
    /// no permission…): names <paramref name="path"/> and what was expected.</exception>
    public static void WriteText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(target)!;
        if (Directory.Exists(target))
        {
            throw new InputException(new SourceLocation(path), $"the output file '{target}' is a folder; expected a file path");
        }

        FileSystem(path, target, "output file", () => Directory.CreateDirectory(parent));
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        try
        {
            FileSystem(path, target, "output file", () =>
            {
                File.WriteAllText(temporary, contents);
                File.Move(temporary, target, overwrite: true);
            });
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Runs a file-system step of the output's own handling, naming <paramref name="given"/> when it fails.</summary>
    private static void FileSystem(string given, string full, string what, Action step)
    {
        try
        {
            step();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw OutputFolder.Refused(given, full, what, exception);
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
