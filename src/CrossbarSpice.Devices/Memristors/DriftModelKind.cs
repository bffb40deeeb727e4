namespace CrossbarSpice.Devices.Memristors;

/// <summary>Conductance drift (aging) law of a memristor card.</summary>
public enum DriftModelKind
{
    /// <summary>No drift: G(t) = G0.</summary>
    None,

    /// <summary>Power law G(t) = G0·(t/t0)^(−ν) for t ≥ t0 (G0 for t &lt; t0).</summary>
    PowerLaw,
}
