namespace CrossbarSpice.Cosim.Runs;

/// <summary>An input file of a run.</summary>
/// <param name="Path">As given on the command line (a design folder's manifest inside it).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
public sealed record ProvenanceInput(string Path, string Sha256);

