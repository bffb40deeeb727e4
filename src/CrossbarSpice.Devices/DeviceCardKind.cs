namespace CrossbarSpice.Devices;

/// <summary>What a device card describes; written by name in the card's <c>kind</c> field.</summary>
public enum DeviceCardKind
{
    /// <summary>A memristor with its I–V model and cell (passive, 1S1M or 1T1M): <see cref="Memristors.MemristorCard"/>.</summary>
    Memristor,

    /// <summary>A CMOS process: supplies and transistor model cards: <see cref="Process.ProcessCard"/>.</summary>
    Process,

    /// <summary>Crossbar wire technology: resistance and capacitance per segment: <see cref="Wires.WireCard"/>.</summary>
    Wire,
}
