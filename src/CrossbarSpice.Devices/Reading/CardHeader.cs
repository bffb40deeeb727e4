namespace CrossbarSpice.Devices.Reading;

/// <summary>The fields every card has, read before the kind-specific part.</summary>
internal sealed record CardHeader(string Name, string Title, string Citation, IReadOnlyList<string> Notes);
