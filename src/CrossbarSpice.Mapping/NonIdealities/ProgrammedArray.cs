using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>The conductances an array was programmed to, and which of its devices are faulty (row-major).</summary>
/// <param name="Conductances">Programmed conductances, S.</param>
/// <param name="Faults">Fault state per device, row-major, same size as the conductances.</param>
public sealed record ProgrammedArray(ConductanceMatrix Conductances, IReadOnlyList<DeviceFault> Faults)
{
    /// <summary>Number of faulty devices.</summary>
    public int FaultCount => Faults.Count(f => f != DeviceFault.None);
}
