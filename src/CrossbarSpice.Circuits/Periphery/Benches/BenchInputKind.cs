namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Whether a bench drives its input with a voltage or a current.</summary>
public enum BenchInputKind
{
    /// <summary>Independent voltage source, V.</summary>
    Voltage,

    /// <summary>Independent current source into the input node, A.</summary>
    Current,
}
