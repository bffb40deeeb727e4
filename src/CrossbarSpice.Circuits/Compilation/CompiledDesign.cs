using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>A compiled design in memory: manifest, conductance plan and SPICE files (relative path → text).</summary>
/// <param name="Manifest">What produced it and where everything is.</param>
/// <param name="Plan">Every programmed conductance.</param>
/// <param name="Files">SPICE files, relative to the design folder, in ordinal order.</param>
public sealed record CompiledDesign(DesignManifest Manifest, ConductancePlan Plan, IReadOnlyDictionary<string, string> Files);
