namespace CrossbarSpice.Mapping.ReadSchemes;

/// <summary>How a crossbar's inputs are put on its rows (docs/sequencer.md, "Bit-serial reads").</summary>
public enum ReadSchemeKind
{
    /// <summary>One read per input vector: every row at x·(volts per unit), any value (the default).</summary>
    Analogue,

    /// <summary>
    /// One read per bit-plane: every input is quantised to a sign and a k-bit magnitude, and plane b drives each row at
    /// 0 or ±(read voltage); the column currents of the planes are combined digitally with weights 2^b ([P0] Table III:
    /// "1-bit computing … with 0.5 V and 100 ns read voltage").
    /// </summary>
    BitSerial,
}
