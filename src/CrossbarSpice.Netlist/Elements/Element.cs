namespace CrossbarSpice.Netlist.Elements;

/// <summary>A circuit element card: a name starting with its element letter, then nodes and values.</summary>
/// <param name="Name">Full element name including its letter, e.g. <c>R1</c>, <c>M1</c>, <c>XU3</c>; written as given.</param>
public abstract record Element(string Name) : NetlistItem
{
    /// <summary>The SPICE letter that <see cref="Name"/> must start with (upper case; matched case-insensitively).</summary>
    public abstract char Letter { get; }
}
