namespace CrossbarSpice.Netlist.Elements;

/// <summary>Independent voltage source (<c>V</c> card): <c>Vname n+ n- DC value [AC mag] [waveform]</c>.</summary>
/// <param name="Name">Element name starting with <c>V</c>.</param>
/// <param name="NodePositive">Positive node.</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Waveform">DC value, optional AC magnitude and transient waveform, in V.</param>
public sealed record VoltageSource(string Name, string NodePositive, string NodeNegative, SourceWaveform Waveform) : Element(Name)
{
    /// <summary>A constant source.</summary>
    /// <param name="name">Element name starting with <c>V</c>.</param>
    /// <param name="nodePositive">Positive node.</param>
    /// <param name="nodeNegative">Negative node.</param>
    /// <param name="dc">DC value, V.</param>
    public VoltageSource(string name, string nodePositive, string nodeNegative, Values.SpiceValue dc)
        : this(name, nodePositive, nodeNegative, new SourceWaveform(dc))
    {
    }

    /// <inheritdoc />
    public override char Letter => 'V';
}
