namespace CrossbarSpice.Netlist;

/// <summary>
/// One statement of a SPICE deck: an element, a directive, a comment or an analysis.
/// Items are immutable records; lists inside them compare by content.
/// </summary>
public abstract record NetlistItem;
