namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// A characterisable peripheral module: its name (the <c>characterize</c> argument), status, what it needs from the
/// process card and its bench. Subclasses are stateless; the catalog is <see cref="PeripheryModules"/>.
/// </summary>
public abstract class PeripheryModule
{
    /// <summary>Module name used on the command line and in file names, e.g. <c>sigmoid-6t</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One-line description.</summary>
    public abstract string Title { get; }

    /// <summary>Seed-faithful, reconstructed, improved or new.</summary>
    public abstract ModuleStatus Status { get; }

    /// <summary>Where the design is documented, e.g. <c>docs/circuits.md §1</c>.</summary>
    public abstract string Reference { get; }

    /// <summary>What the module needs from the process card (default: transistors and split rails).</summary>
    public virtual PeripheryRequirements Requirements => new(Transistors: true, SplitSupply: true);

    /// <summary>The bench for <paramref name="process"/>.</summary>
    public abstract PeripheryBench Bench(PeripheryProcess process);

    /// <summary>Extra measurements on their own benches (none by default); <paramref name="coarse"/> for quick runs.</summary>
    public virtual IReadOnlyList<AuxiliaryMeasurement> Auxiliary(PeripheryProcess process, bool coarse) => [];
}
