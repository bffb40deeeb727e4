namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>The fault state of one device after programming.</summary>
public enum DeviceFault : byte
{
    /// <summary>Programmable as intended.</summary>
    None,

    /// <summary>Stuck at Gmax.</summary>
    StuckAtLrs,

    /// <summary>Stuck at Gmin.</summary>
    StuckAtHrs,
}
