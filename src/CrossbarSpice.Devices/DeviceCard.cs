namespace CrossbarSpice.Devices;

/// <summary>
/// Common part of every device card (<c>device-cards/*.json</c>): identity, citation and, for every number,
/// where it came from. Cards are immutable; build them with <see cref="Reading.DeviceCardReader"/>.
/// </summary>
public abstract record DeviceCard
{
    /// <summary>What the card describes.</summary>
    public abstract DeviceCardKind Kind { get; }

    /// <summary>Short identifier, lower-case words joined by '-', unique in <c>device-cards/</c> (e.g. <c>ti-alox-taox-pt</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable title of the device.</summary>
    public required string Title { get; init; }

    /// <summary>The publication the card is taken from.</summary>
    public required string Citation { get; init; }

    /// <summary>Path of the JSON file the card was read from, as given to the reader; null when read from text.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Provenance of every number of the card, keyed by JSON path (e.g. <c>$.conductanceRange.ronOhms</c>).</summary>
    public IReadOnlyDictionary<string, Provenance> Provenance { get; init; } = new Dictionary<string, Provenance>();

    /// <summary>Optional fields the card left out, with the default used for each.</summary>
    public IReadOnlyList<DefaultedField> DefaultedFields { get; init; } = [];

    /// <summary>Free-text notes of the card (modelling remarks); may be empty.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
