namespace CrossbarSpice.Circuits.Compilation;

/// <summary>What drives each crossbar row.</summary>
public enum DriverKind
{
    /// <summary>An ideal voltage source, optionally behind <see cref="CompileOptions.DriverOhms"/>.</summary>
    Ideal,

    /// <summary>
    /// Two CMOS inverters in series per tile row ([P3]'s driver, docs/circuits.md §7.1: P 40/0.18 µm,
    /// N 20/0.18 µm) on a read rail of <see cref="CompileOptions.InputVoltsPerUnit"/> volts. An inverter
    /// cannot pass analogue levels: use it for binary or pulse-coded inputs (0 or 1 per input).
    /// </summary>
    Inverter,
}
