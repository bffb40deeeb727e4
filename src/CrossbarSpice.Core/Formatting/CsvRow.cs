namespace CrossbarSpice.Core.Formatting;

/// <summary>One record of a CSV file as <see cref="CsvRows"/> reads it.</summary>
/// <param name="Line">1-based line number of the record in the file (blank lines counted), for messages.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Raw">The record's text as it stands in the file, without its line end (for messages).</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string Raw);
