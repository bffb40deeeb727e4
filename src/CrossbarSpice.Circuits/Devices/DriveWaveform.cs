namespace CrossbarSpice.Circuits.Devices;

/// <summary>Shape of the voltage that drives a device during characterisation.</summary>
public enum DriveWaveform
{
    /// <summary>A·sin(2πft).</summary>
    Sine,

    /// <summary>Triangle 0 → A → −A → 0 per period (a voltage sweep, as in the seeds' I–V measurements).</summary>
    Triangle,
}
