namespace CrossbarSpice.Netlist.Elements;

/// <summary>Whether a behavioural source sets a voltage (<c>V=</c>) or a current (<c>I=</c>).</summary>
public enum BehavioralSourceKind
{
    /// <summary><c>V=expr</c>: the expression is the voltage n+ − n−, V.</summary>
    Voltage,

    /// <summary><c>I=expr</c>: the expression is the current from n+ through the source to n−, A.</summary>
    Current,
}
