using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>
/// Every programmed conductance of a compiled design, with what produced it: the device range, the
/// non-idealities and the seed. Written to disk by <see cref="ConductancePlanWriter"/>, read back by
/// <see cref="ConductancePlanReader"/>; converts back to the effective weights it realises.
/// </summary>
/// <param name="Seed">The user's seed; every random stream derives from it.</param>
/// <param name="DeviceCard">The device card's file name.</param>
/// <param name="Device">Conductance range and levels used.</param>
/// <param name="NonIdealities">The non-idealities applied.</param>
/// <param name="Layers">Crossbar layers in network order.</param>
public sealed record ConductancePlan(long Seed, string DeviceCard, DeviceRange Device, NonIdealityOptions NonIdealities, IReadOnlyList<LayerPlan> Layers)
{
    /// <summary>The layer named <paramref name="name"/>.</summary>
    public LayerPlan Layer(string name) =>
        Layers.FirstOrDefault(l => l.Name == name) ?? throw new KeyNotFoundException($"no crossbar layer '{name}' in the plan");
}
