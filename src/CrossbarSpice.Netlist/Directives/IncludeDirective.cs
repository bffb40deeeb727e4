namespace CrossbarSpice.Netlist.Directives;

/// <summary><c>.include "path"</c>: ngspice reads the file in place of this line.</summary>
/// <param name="Path">File path as written; relative paths are relative to the deck's directory
/// (see <see cref="SpiceNetlist.WithIncludesResolved(string)"/>). Must not contain a double quote.</param>
public sealed record IncludeDirective(string Path) : NetlistItem;
