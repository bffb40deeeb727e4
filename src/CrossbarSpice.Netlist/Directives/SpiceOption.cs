using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Directives;

/// <summary>One simulator option: a flag (<c>klu</c>) or a setting (<c>reltol=1e-4</c>, <c>method=gear</c>).</summary>
/// <param name="Name">Option name as written.</param>
/// <param name="Value">The value, or null for a flag. An expression whose text is a plain word (e.g. <c>gear</c>)
/// is written bare, anything else in braces.</param>
public sealed record SpiceOption(string Name, SpiceValue? Value = null);
