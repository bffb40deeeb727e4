using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Mapping.Conductances;

/// <summary>
/// What the mapping needs to know of a memristor: its conductance range and the states it can be programmed
/// to. Built from a device card.
/// </summary>
public sealed record DeviceRange
{
    /// <summary>Creates a range; <paramref name="levels"/> null means continuous programming.</summary>
    public DeviceRange(double gminSiemens, double gmaxSiemens, ConductanceLevels? levels = null)
    {
        if (!double.IsFinite(gminSiemens) || !double.IsFinite(gmaxSiemens) || gminSiemens < 0 || gmaxSiemens <= gminSiemens)
        {
            throw new ArgumentOutOfRangeException(nameof(gmaxSiemens), $"need 0 ≤ Gmin < Gmax, got Gmin = {gminSiemens} S, Gmax = {gmaxSiemens} S");
        }

        GminSiemens = gminSiemens;
        GmaxSiemens = gmaxSiemens;
        Levels = levels;
    }

    /// <summary>Lowest conductance (high-resistance state), S.</summary>
    public double GminSiemens { get; }

    /// <summary>Highest conductance (low-resistance state), S.</summary>
    public double GmaxSiemens { get; }

    /// <summary>Programmable states, ascending; null when any conductance in range can be programmed.</summary>
    public ConductanceLevels? Levels { get; }

    /// <summary>The range and levels of a memristor card.</summary>
    public static DeviceRange FromCard(MemristorCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new DeviceRange(card.GminSiemens, card.GmaxSiemens, card.Levels);
    }

    /// <summary>Clamps to [Gmin, Gmax].</summary>
    public double Clamp(double siemens) => Math.Clamp(siemens, GminSiemens, GmaxSiemens);
}
