namespace CrossbarSpice.Devices.Reading;

/// <summary>Outcome of validating a device card: the card when valid, and every problem found otherwise.</summary>
/// <param name="Card">The card, or null when <paramref name="Diagnostics"/> is not empty.</param>
/// <param name="Diagnostics">Every problem found; empty when the card is valid.</param>
public sealed record DeviceCardReadResult(DeviceCard? Card, IReadOnlyList<CardDiagnostic> Diagnostics)
{
    /// <summary>True when the card is valid.</summary>
    public bool IsValid => Card is not null && Diagnostics.Count == 0;

    /// <summary>The card; throws the collected problems when invalid.</summary>
    /// <exception cref="DeviceCardException">The card has problems.</exception>
    public DeviceCard GetCardOrThrow() => IsValid ? Card! : throw new DeviceCardException(Diagnostics);
}
