namespace CrossbarSpice.Netlist.Elements;

/// <summary>Behavioural source (<c>B</c> card): <c>Bname n+ n- V=expr</c> or <c>I=expr</c>.</summary>
/// <param name="Name">Element name starting with <c>B</c>.</param>
/// <param name="NodePositive">Positive node.</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Kind">Voltage or current source.</param>
/// <param name="Expression">ngspice B-source expression, written verbatim on one line (e.g. <c>v(in)*2</c>);
/// it may use <c>v(node)</c>, <c>i(vsource)</c>, <c>time</c> and <c>{param}</c>.</param>
public sealed record BehavioralSource(string Name, string NodePositive, string NodeNegative, BehavioralSourceKind Kind, string Expression)
    : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'B';
}
