namespace CrossbarSpice.Devices;

/// <summary>Whether a number in a card was taken from a publication or assumed.</summary>
public enum ProvenanceKind
{
    /// <summary>The value is given by a cited source (paper, section, table, figure).</summary>
    Source,

    /// <summary>No source gives the value; the card states the assumption and why it was chosen.</summary>
    Assumption,
}
