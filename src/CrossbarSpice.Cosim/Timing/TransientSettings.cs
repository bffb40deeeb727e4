namespace CrossbarSpice.Cosim.Timing;

/// <summary>How a stage's transient is run and read (<see cref="StageTransient"/>).</summary>
public sealed record TransientSettings
{
    /// <summary>A lane counts as settled when its settle time is at most this fraction of its slot; otherwise the slot is doubled.</summary>
    public const double SettledFraction = 0.8;

    /// <summary>Half-width of the settling band around an output's final value, V; default 1 mV (issue 24).</summary>
    public double BandVolts { get; init; } = 1e-3;

    /// <summary>The first slot tried per lane, s; doubled until every lane of a run settles within <see cref="SettledFraction"/> of it.</summary>
    public double SlotSeconds { get; init; } = 1e-6;

    /// <summary>The longest slot tried, s; a lane still unsettled then is reported as unsettled.</summary>
    public double MaxSlotSeconds { get; init; } = 64e-6;

    /// <summary>Largest ngspice time step as a fraction of the slot: slot / this; default 400.</summary>
    public int PointsPerSlot { get; init; } = 400;

    /// <summary>Rise time of the input steps, s; default 0.1 ns (the DACs' edge is not modelled).</summary>
    public double RiseSeconds { get; init; } = 1e-10;

    /// <summary>Most lanes one ngspice transient steps through (one slot each); default 50.</summary>
    public int LanesPerRun { get; init; } = 50;

    /// <summary>Throws when a field is out of range, naming it.</summary>
    /// <exception cref="Core.Diagnostics.InputException">A field out of range.</exception>
    public void Validate()
    {
        static void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                throw new Core.Diagnostics.InputException(new Core.Diagnostics.SourceLocation(null, Field: field), message);
            }
        }

        Require(BandVolts > 0 && double.IsFinite(BandVolts), nameof(BandVolts), "the settling band is a finite voltage > 0");
        Require(SlotSeconds > 0 && double.IsFinite(SlotSeconds), nameof(SlotSeconds), "the first slot is a finite time > 0");
        Require(MaxSlotSeconds >= SlotSeconds && double.IsFinite(MaxSlotSeconds), nameof(MaxSlotSeconds), "the longest slot is finite and at least the first slot");
        Require(PointsPerSlot is >= 20 and <= 100_000, nameof(PointsPerSlot), "points per slot is 20 … 100000");
        Require(RiseSeconds > 0 && RiseSeconds < SlotSeconds / 10, nameof(RiseSeconds), "the rise time is > 0 and below a tenth of the first slot");
        Require(LanesPerRun is >= 1 and <= 10_000, nameof(LanesPerRun), "lanes per run is 1 … 10000");
    }
}
