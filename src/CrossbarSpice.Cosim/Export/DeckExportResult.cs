namespace CrossbarSpice.Cosim.Export;

/// <summary>What <see cref="DeckExport.Write"/> wrote.</summary>
/// <param name="Decks">Decks written (one per ngspice run of the spice level).</param>
/// <param name="LibraryFiles">Design files copied beside them (subcircuits, periphery library, model cards).</param>
/// <param name="Outputs">Output voltages recorded in the expected-value tables.</param>
public sealed record DeckExportResult(int Decks, int LibraryFiles, int Outputs);
