using CrossbarSpice.Devices.Wires;

namespace CrossbarSpice.Devices.Reading;

/// <summary>Reads the fields of a <see cref="WireCard"/>.</summary>
internal static class WireCardParser
{
    public static WireCard Parse(CardObject root, CardHeader header) => new()
    {
        Name = header.Name,
        Title = header.Title,
        Citation = header.Citation,
        Notes = header.Notes,
        SegmentResistanceOhms = root.Quantity("segmentResistanceOhms", NumberRule.NonNegative),
        SegmentCapacitanceFarads = root.Quantity("segmentCapacitanceFarads", NumberRule.NonNegative, 0, "F", "wire capacitance not modelled"),
    };
}
