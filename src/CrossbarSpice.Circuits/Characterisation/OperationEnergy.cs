using CrossbarSpice.Circuits.Periphery.Estimates;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// What one operation of a peripheral module costs, measured on its bench transient in ngspice: supply (and input)
/// power integrated over the operation window, the static power before the step, the settling time, and the
/// module's devices and estimated area. Immutable.
/// </summary>
public sealed record OperationEnergy
{
    /// <summary>Module name, e.g. <c>relu</c>.</summary>
    public required string Module { get; init; }

    /// <summary>Process key (card, model level, supply), e.g. <c>cmos-180nm_bsim3_1.8V</c>.</summary>
    public required string ProcessKey { get; init; }

    /// <summary>Supply power at the operating point before the step, W.</summary>
    public required double StaticWatts { get; init; }

    /// <summary>Energy delivered by the supplies and the stepped input over the window, J.</summary>
    public required double EnergyJoules { get; init; }

    /// <summary>Length of the operation window, s: max(100 ns, settling), capped at the bench's stop time.</summary>
    public required double WindowSeconds { get; init; }

    /// <summary>Time from the input edge until the output stays within 1 % of its step, s.</summary>
    public required double SettlingSeconds { get; init; }

    /// <summary>Devices of the module.</summary>
    public required DeviceInventory Inventory { get; init; }

    /// <summary>Estimated area, m².</summary>
    public required double AreaSquareMeters { get; init; }

    /// <summary>Mean power over the operation window, W (<see cref="EnergyJoules"/> / <see cref="WindowSeconds"/>).</summary>
    public double MeanWatts => EnergyJoules / WindowSeconds;

    /// <summary>Energy of one operation lasting <paramref name="seconds"/> (at least the settling time), J: the mean
    /// window power × max(<paramref name="seconds"/>, settling). Equals <see cref="EnergyJoules"/> for a 100 ns read.</summary>
    public double JoulesFor(double seconds) => MeanWatts * Math.Max(seconds, Math.Min(SettlingSeconds, WindowSeconds));
}
