namespace CrossbarSpice.Devices.Cells;

/// <summary>How a memristor sits in a crossbar cell; written by name in <c>cell.kind</c>.</summary>
public enum CellKind
{
    /// <summary>The memristor alone between row and column.</summary>
    Passive,

    /// <summary>1S1M: a selector in series with the memristor.</summary>
    OneSelectorOneMemristor,

    /// <summary>1T1M: an access transistor in series with the memristor, its gate on a word line.</summary>
    OneTransistorOneMemristor,
}
