namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>Integration rule of the array solver's transient mode.</summary>
public enum TransientMethod
{
    /// <summary>Backward Euler: first order, L-stable (no ringing after an ideal step).</summary>
    BackwardEuler,

    /// <summary>Trapezoidal rule: second order, A-stable (ngspice's default method); as in SPICE, the step that leaves a
    /// corner of a row waveform is backward Euler.</summary>
    Trapezoidal,
}
