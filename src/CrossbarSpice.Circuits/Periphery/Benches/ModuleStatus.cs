namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>How much of a peripheral circuit the seed papers fix (docs/circuits.md's labels).</summary>
public enum ModuleStatus
{
    /// <summary>The seed text fixes the topology.</summary>
    SeedFaithful,

    /// <summary>The seed gives parts and function but not the wiring; the wiring is docs/circuits.md's reconstruction.</summary>
    Reconstructed,

    /// <summary>A reconstruction changed here to beat docs/circuits.md's measured accuracy.</summary>
    Improved,

    /// <summary>A circuit the seeds do not describe (designed for this project).</summary>
    NewDesign,
}
