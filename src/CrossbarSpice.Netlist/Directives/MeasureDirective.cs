namespace CrossbarSpice.Netlist.Directives;

/// <summary><c>.meas analysis name specification</c>, kept as text.</summary>
/// <param name="Analysis">Analysis the measurement applies to, as written: <c>tran</c>, <c>dc</c>, <c>ac</c>.</param>
/// <param name="Name">Result name.</param>
/// <param name="Specification">Everything after the name on one line, verbatim, e.g.
/// <c>AVG v(out) FROM=1u TO=2u</c>.</param>
public sealed record MeasureDirective(string Analysis, string Name, string Specification) : NetlistItem;
