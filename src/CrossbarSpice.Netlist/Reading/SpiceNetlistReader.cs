using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// Reads the ngspice subset that <see cref="Writing.SpiceNetlistWriter"/> writes, plus the usual hand-written
/// variations: <c>+</c> continuation lines, <c>*</c> comments (kept), <c>;</c> and <c>$</c> inline comments (dropped),
/// any letter case for keywords and element letters (names kept as written), <c>key = value</c> with spaces,
/// parenthesised model parameters, SPICE number suffixes and <c>{expr}</c> values. The first line is the title;
/// reading stops at <c>.end</c>. Anything outside the subset raises <see cref="NetlistParseException"/>.
/// </summary>
public static class SpiceNetlistReader
{
    /// <summary>Reads deck text.</summary>
    /// <param name="text">The whole deck, LF or CRLF line endings.</param>
    /// <param name="sourceName">File name or description (e.g. <c>(generated)</c>) used in error messages only;
    /// <see cref="SpiceNetlist.SourcePath"/> of the result is null.</param>
    /// <exception cref="NetlistParseException">The text is not in the supported subset.</exception>
    public static SpiceNetlist Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return NetlistParser.Parse(text, sourceName, sourcePath: null);
    }

    /// <summary>Reads a deck file (UTF-8).</summary>
    /// <param name="path">Path of the file; used as given in error messages and as <see cref="SpiceNetlist.SourcePath"/>.</param>
    /// <exception cref="NetlistParseException">The text is not in the supported subset.</exception>
    /// <exception cref="InputException">The file cannot be read (missing, no permission...).</exception>
    public static SpiceNetlist ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read the netlist: {exception.Message}", exception);
        }

        return NetlistParser.Parse(text, path, path);
    }
}
