namespace CrossbarSpice.Netlist.Elements;

/// <summary>Initial state hint of a switch for the operating-point iteration (<c>ON</c> / <c>OFF</c>).</summary>
public enum SwitchInitialState
{
    /// <summary>Written <c>ON</c>.</summary>
    On,

    /// <summary>Written <c>OFF</c>.</summary>
    Off,
}
