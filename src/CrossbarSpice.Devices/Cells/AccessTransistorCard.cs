using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Devices.Cells;

/// <summary>Access transistor of a 1T1M cell: its size, gate (word-line) voltage and the process it is built in.</summary>
public sealed record AccessTransistorCard
{
    /// <summary>Channel type.</summary>
    public required TransistorPolarity Polarity { get; init; }

    /// <summary>Channel width W, m, &gt; 0.</summary>
    public required double WidthMeters { get; init; }

    /// <summary>Channel length L, m, ≥ the process feature size.</summary>
    public required double LengthMeters { get; init; }

    /// <summary>Word-line (gate) voltage during a read, V, finite.</summary>
    public required double GateVoltageVolts { get; init; }

    /// <summary>The CMOS process card referenced by the cell.</summary>
    public required ProcessCard Process { get; init; }

    /// <summary>Which of the process's model sets the cell uses (default: the process's default).</summary>
    public required TransistorModelLevel ModelLevel { get; init; }
}
