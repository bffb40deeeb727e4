using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// A SPICE deck that is not in the subset CrossbarSpice reads, e.g.
/// <c>bad.cir:7:12: expected a number or {expression} for the resistance of R3, found 'abc'</c>.
/// <see cref="InputException.Location"/> carries the file, the 1-based line (of the first line of a
/// continued statement's offending part) and the 1-based column.
/// </summary>
public sealed class NetlistParseException : InputException
{
    /// <summary>Creates the error.</summary>
    /// <param name="location">File, line and column of the offending token.</param>
    /// <param name="token">The offending token as written, or an empty string at the end of a line or file.</param>
    /// <param name="problem">What was expected and what was found.</param>
    public NetlistParseException(SourceLocation location, string token, string problem)
        : base(location, problem)
    {
        Token = token;
    }

    /// <summary>The offending token as written; empty when a statement or the file ended too early.</summary>
    public string Token { get; }
}
