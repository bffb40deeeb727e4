namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// One unit of work of a sweep (the unit of sharding and of resuming): the accuracy of one series at one value with
/// one seed over all of the spec's samples; unit 0 is the software reference (series "software", value and seed 0).
/// </summary>
/// <param name="Index">Position in <see cref="SweepSpec.Units"/>.</param>
/// <param name="Series">Fault mode (lrs, hrs, both), the parameter name, or "software".</param>
/// <param name="Value">Swept value.</param>
/// <param name="Seed">Seed of the unit's random streams.</param>
public sealed record SweepUnit(int Index, string Series, double Value, long Seed)
{
    /// <summary>True for the software reference unit.</summary>
    public bool IsSoftware => Series == SweepSpec.SoftwareSeries;
}
