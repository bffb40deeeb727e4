namespace CrossbarSpice.Netlist.Reading;

/// <summary>Where one physical line's text starts in a joined statement.</summary>
/// <param name="Start">Offset of the segment in the statement text.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column of the segment's first character in that line.</param>
/// <param name="Length">Length of the segment's text.</param>
internal readonly record struct StatementSegment(int Start, int Line, int Column, int Length);
