namespace CrossbarSpice.Netlist.Directives;

/// <summary><c>.lib "path" section</c>: ngspice reads one <c>.lib section</c> … <c>.endl</c> block of a library file.</summary>
/// <param name="Path">Library file path as written; relative paths are relative to the deck's directory.</param>
/// <param name="Section">Section name inside the library, e.g. <c>tt</c>.</param>
public sealed record LibDirective(string Path, string Section) : NetlistItem;
