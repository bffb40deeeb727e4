using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.IO;

/// <summary>
/// Writes an output directory or file under a temporary name (<c>.&lt;name&gt;.partial-&lt;process id&gt;</c> beside it) and
/// moves it into place only when complete, so a failure or an interrupt never leaves partial output where the user
/// expects results. A process killed outright (SIGKILL, power loss) cannot remove its temporary; the next write of the
/// same output removes the temporaries of processes that are no longer running. A full disk is reported as an
/// <see cref="InputException"/> naming the output, with the temporary removed.
/// </summary>
public static class AtomicOutput
{
    private const string Partial = "partial-";
    private const string Previous = "previous-";

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
        var temporary = Path.Combine(parent, $".{name}.{Partial}{Environment.ProcessId}");
        FileSystem(directory, target, "output folder", () =>
        {
            if (File.Exists(target))
            {
                throw new IOException($"'{target}' is a file");
            }

            Directory.CreateDirectory(parent);
            RemoveStale(parent, name);
            DeleteDirectory(temporary);
            Directory.CreateDirectory(temporary);
        });
        try
        {
            try
            {
                write(temporary);
            }
            catch (IOException exception) when (OutputFolder.IsDiskFull(exception) || exception.Message.Contains(temporary, StringComparison.Ordinal))
            {
                // Writing the folder failed (a full disk, say): the error names the output the user gave, not the temporary.
                throw OutputFolder.Refused(directory, target, "output folder", exception, temporary);
            }

            var previous = Path.Combine(parent, $".{name}.{Previous}{Environment.ProcessId}");
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
    /// no permission, a full disk…): names <paramref name="path"/> and what was expected.</exception>
    public static void WriteText(string path, string contents) => WriteFile(path, temporary => File.WriteAllText(temporary, contents));

    /// <summary>
    /// Runs <paramref name="save"/> on a temporary file path beside <paramref name="path"/> (same extension, so writers
    /// that choose the format by it work), then renames the file into place; on any exception the temporary is removed.
    /// </summary>
    /// <exception cref="InputException">The file cannot be written there (a file on the way, a folder of that name,
    /// no permission, a full disk…): names <paramref name="path"/> and what was expected.</exception>
    public static void WriteFile(string path, Action<string> save)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(save);
        var target = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(target)!;
        if (Directory.Exists(target))
        {
            throw new InputException(new SourceLocation(path), $"the output file '{target}' is a folder; expected a file path");
        }

        var name = Path.GetFileName(target);
        FileSystem(path, target, "output file", () =>
        {
            Directory.CreateDirectory(parent);
            RemoveStale(parent, name);
        });
        var temporary = Path.Combine(parent, $".{name}.{Partial}{Environment.ProcessId}{Path.GetExtension(name)}");
        try
        {
            FileSystem(path, target, "output file", () =>
            {
                save(temporary);
                File.Move(temporary, target, overwrite: true);
            }, temporary);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Runs a file-system step of the output's own handling, naming <paramref name="given"/> when it fails
    /// (and <paramref name="full"/> where the system's message names <paramref name="temporary"/>).</summary>
    private static void FileSystem(string given, string full, string what, Action step, string? temporary = null)
    {
        try
        {
            step();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw OutputFolder.Refused(given, full, what, exception, temporary);
        }
    }

    /// <summary>
    /// Removes the temporaries <c>.&lt;name&gt;.partial-&lt;pid&gt;…</c> and <c>.&lt;name&gt;.previous-&lt;pid&gt;</c> in
    /// <paramref name="parent"/> whose process is no longer running (killed before it could remove them). Those of a
    /// running process, this one included, are left alone.
    /// </summary>
    private static void RemoveStale(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        var prefix = $".{name}.";
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent, prefix + "*"))
        {
            var rest = Path.GetFileName(entry)[prefix.Length..];
            var kind = rest.StartsWith(Partial, StringComparison.Ordinal) ? Partial : rest.StartsWith(Previous, StringComparison.Ordinal) ? Previous : null;
            var digits = kind is null ? string.Empty : new string(rest[kind.Length..].TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
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
