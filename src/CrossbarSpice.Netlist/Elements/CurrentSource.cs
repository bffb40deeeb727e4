namespace CrossbarSpice.Netlist.Elements;

/// <summary>Independent current source (<c>I</c> card): <c>Iname n+ n- DC value [AC mag] [waveform]</c>.</summary>
/// <param name="Name">Element name starting with <c>I</c>.</param>
/// <param name="NodePositive">Positive node (current flows from it through the source to n-).</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Waveform">DC value, optional AC magnitude and transient waveform, in A.</param>
public sealed record CurrentSource(string Name, string NodePositive, string NodeNegative, SourceWaveform Waveform) : Element(Name)
{
    /// <summary>A constant source.</summary>
    /// <param name="name">Element name starting with <c>I</c>.</param>
    /// <param name="nodePositive">Positive node.</param>
    /// <param name="nodeNegative">Negative node.</param>
    /// <param name="dc">DC value, A.</param>
    public CurrentSource(string name, string nodePositive, string nodeNegative, Values.SpiceValue dc)
        : this(name, nodePositive, nodeNegative, new SourceWaveform(dc))
    {
    }

    /// <inheritdoc />
    public override char Letter => 'I';
}
