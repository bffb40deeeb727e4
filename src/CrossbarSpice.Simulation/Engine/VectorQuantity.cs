namespace CrossbarSpice.Simulation.Engine;

/// <summary>What a result vector measures.</summary>
public enum VectorQuantity
{
    /// <summary>Node voltage, V.</summary>
    Voltage,

    /// <summary>Branch current through a voltage source or inductor, A (SPICE sign: into the + terminal).</summary>
    Current,

    /// <summary>Transient time axis, s.</summary>
    Time,

    /// <summary>DC sweep axis (the swept source's value).</summary>
    Sweep,

    /// <summary>Anything else ngspice reports.</summary>
    Other,
}
