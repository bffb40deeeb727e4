using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.IO;

/// <summary>Reading an input file whole, with the failure reported as an <see cref="InputException"/> naming the file.</summary>
public static class InputFile
{
    /// <summary>All bytes of <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">The file as messages name it: "the file", "the IDX file".</param>
    /// <exception cref="InputException">The file cannot be read: "cannot read <paramref name="what"/>: …".</exception>
    public static byte[] ReadAllBytes(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read {what}: {exception.Message}", exception);
        }
    }
}
