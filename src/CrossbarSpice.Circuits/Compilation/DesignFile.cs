namespace CrossbarSpice.Circuits.Compilation;

/// <summary>One file of a compiled design and the SHA-256 of its bytes, as the manifest lists it.</summary>
/// <param name="Path">Path relative to the design folder, '/' separators (e.g. <c>fc1/tile-r0-c0.sub</c>).</param>
/// <param name="Sha256">Hash of the file's bytes (hex, lower case).</param>
public sealed record DesignFile(string Path, string Sha256);
