namespace CrossbarSpice.Netlist.Directives;

/// <summary>A whole-line comment, written <c>* text</c> (or <c>*</c> when empty); used for provenance.</summary>
/// <param name="Text">One line of text, without the leading <c>*</c> and the space after it.</param>
public sealed record Comment(string Text) : NetlistItem;
