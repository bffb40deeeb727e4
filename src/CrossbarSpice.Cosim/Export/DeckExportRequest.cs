namespace CrossbarSpice.Cosim.Export;

/// <summary>What to export: the <c>spice</c>-level decks of some samples of a data set, run through a compiled design.</summary>
/// <param name="DesignFolder">A folder written by compile-weights.</param>
/// <param name="Samples">Sample indices of the split, distinct, each ≥ 0; exported in this order.</param>
/// <param name="OutDirectory">The export folder; written whole or not at all.</param>
public sealed record DeckExportRequest(string DesignFolder, IReadOnlyList<int> Samples, string OutDirectory);
