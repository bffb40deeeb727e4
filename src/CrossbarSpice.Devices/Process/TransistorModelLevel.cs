namespace CrossbarSpice.Devices.Process;

/// <summary>Fidelity of a process's transistor model set.</summary>
public enum TransistorModelLevel
{
    /// <summary>BSIM3v3 (ngspice level 8/49): the reference model.</summary>
    Bsim3,

    /// <summary>Level 1 (Shichman–Hodges): fast, 5–25 % current error; for quick runs.</summary>
    Level1,
}
