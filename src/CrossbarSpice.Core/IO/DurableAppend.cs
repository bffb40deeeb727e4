using System.Text;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.IO;

/// <summary>
/// Appends whole rows to a progress file and flushes them to disk: the rows are written in one unbuffered write, and
/// when that fails (a full disk) the file is cut back to its length before, so it never ends in a half-written row.
/// </summary>
public static class DurableAppend
{
    /// <summary>Appends <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/>, creating it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Whole rows, each ending in LF.</param>
    /// <param name="what">The file as messages name it, e.g. "progress file".</param>
    /// <exception cref="InputException">The rows cannot be written (names the file; the file is as before).</exception>
    public static void Write(string path, string text, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Refused(path, what, exception);
        }

        using (stream)
        {
            var length = stream.Seek(0, SeekOrigin.End);
            try
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException exception)
            {
                try
                {
                    stream.SetLength(length);
                }
                catch (IOException)
                {
                    // Cannot cut it back either: readers of progress files drop an unfinished last row.
                }

                throw Refused(path, what, exception);
            }
        }
    }

    private static InputException Refused(string path, string what, Exception cause) => new(
        new SourceLocation(path),
        OutputFolder.IsDiskFull(cause) ? $"cannot write the {what}: the disk is full (no space left on the device holding '{Path.GetDirectoryName(Path.GetFullPath(path))}'); the rows written before are kept" : $"cannot write the {what}: {cause.Message}",
        cause);
}
