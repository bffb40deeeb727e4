using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.IO;

/// <summary>
/// Creates the folders output goes to, turning the file system's refusals (a path through a file such as
/// <c>/dev/null/x</c>, no permission, a read-only disk) into an <see cref="InputException"/> that names the path the
/// user gave and what was expected there.
/// </summary>
public static class OutputFolder
{
    /// <summary>Creates <paramref name="directory"/> and its parents when missing.</summary>
    /// <param name="directory">The folder as the user gave it (named in the error).</param>
    /// <param name="what">What the folder is for, e.g. "output folder".</param>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="InputException">It cannot be a folder or cannot be created.</exception>
    public static string Create(string directory, string what = "output folder")
    {
        var full = FullPath(directory, what);

        try
        {
            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Refused(directory, full, what, exception);
        }
    }

    /// <summary>The full path of <paramref name="directory"/>, or an error naming it when it is no valid path.</summary>
    private static string FullPath(string directory, string what)
    {
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            return Path.GetFullPath(directory);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(new SourceLocation(directory), $"the {what} is not a valid path: {exception.Message}", exception);
        }
    }

    /// <summary>The error for a folder or file under <paramref name="full"/> that could not be written.</summary>
    /// <param name="given">The path as the user gave it.</param>
    /// <param name="full">Its full path.</param>
    /// <param name="what">What it is for, e.g. "output folder".</param>
    /// <param name="cause">The file system's exception.</param>
    /// <param name="temporary">The temporary name the output was being written under, or null; where the system's
    /// message names it, the message names <paramref name="full"/> instead.</param>
    public static InputException Refused(string given, string full, string what, Exception cause, string? temporary = null)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var location = new SourceLocation(given);
        if (FirstFileOnTheWay(full) is { } file)
        {
            var problem = file == full
                ? $"the {what} '{full}' is a file; expected a folder (or a path where one can be created)"
                : $"cannot create the {what}: '{file}' is a file, not a folder; expected a path whose existing parts are folders";
            return new InputException(location, problem, cause);
        }

        if (IsDiskFull(cause))
        {
            return new InputException(location, $"cannot write the {what}: the disk is full (no space left on the device holding '{Path.GetDirectoryName(full) ?? full}'); nothing was kept", cause);
        }

        return cause is UnauthorizedAccessException
            ? new InputException(location, $"cannot write the {what}: no permission to write in '{Path.GetDirectoryName(full) ?? full}'", cause)
            : new InputException(location, $"cannot write the {what}: {(temporary is null ? cause.Message : cause.Message.Replace(temporary, full, StringComparison.Ordinal))}", cause);
    }

    /// <summary>
    /// Checks, without creating anything, that <paramref name="directory"/> can be an output folder: a valid path that is
    /// a folder or does not exist yet, with no file on the way to it.
    /// </summary>
    /// <param name="directory">The folder as the user gave it (named in the error).</param>
    /// <param name="what">What the folder is for, e.g. "output folder".</param>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="InputException">It cannot be a folder.</exception>
    public static string Check(string directory, string what = "output folder")
    {
        var full = FullPath(directory, what);

        return FirstFileOnTheWay(full) is null ? full : throw Refused(directory, full, what, new IOException($"'{full}' is not a folder"));
    }

    /// <summary>
    /// True when <paramref name="exception"/> is the file system saying the disk (or the user's quota) is full: ENOSPC
    /// (28) or EDQUOT (122) from a Unix write, ERROR_DISK_FULL (112) where .NET preallocates a file (File.WriteAllText:
    /// "Failed to create … because the disk was full", on every platform), and the Windows HRESULTs of the disk-full
    /// errors.
    /// </summary>
    public static bool IsDiskFull(Exception exception) =>
        exception is IOException { HResult: 28 or 122 or 112 or unchecked((int)0x80070070) or unchecked((int)0x80070027) };

    /// <summary>The path itself or its nearest existing ancestor when that is a file (not a folder), else null.</summary>
    private static string? FirstFileOnTheWay(string full)
    {
        for (var path = full; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path))
            {
                return null;
            }

            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
