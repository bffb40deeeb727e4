using CrossbarSpice.Devices.IvModels;
using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>Drive of an I–V characterisation: waveform, amplitude, frequency and length.</summary>
public sealed record CharacterizationSettings
{
    /// <summary>Waveform (default sine).</summary>
    public DriveWaveform Waveform { get; init; } = DriveWaveform.Sine;

    /// <summary>Peak voltage across the device, V, &gt; 0.</summary>
    public required double AmplitudeVolts { get; init; }

    /// <summary>Drive frequency, Hz, &gt; 0.</summary>
    public required double FrequencyHertz { get; init; }

    /// <summary>Number of periods simulated, 1–100 (default 2).</summary>
    public int Cycles { get; init; } = 2;

    /// <summary>Time points per period (the maximum time step is period / this), 100–100000 (default 2000).</summary>
    public int PointsPerCycle { get; init; } = 2000;

    /// <summary>
    /// Defaults per I–V model. VTEAM: [P1] Fig. 9's 1 V sine, at 5 MHz rather than the seed's 50 MHz because at
    /// 50 MHz the OFF switching is only partial (docs/circuits.md §10.2). Linear ion drift: 1.2 V, 1 Hz (docs/circuits.md §10.3).
    /// Threshold: a triangle sweep to twice the larger threshold at 1 kHz. Static: the read voltage at 1 kHz.
    /// </summary>
    public static CharacterizationSettings DefaultFor(MemristorCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.IvModel switch
        {
            VteamIvModel => new() { AmplitudeVolts = 1.0, FrequencyHertz = 5e6 },
            LinearIonDriftIvModel => new() { AmplitudeVolts = 1.2, FrequencyHertz = 1.0 },
            ThresholdIvModel t => new()
            {
                Waveform = DriveWaveform.Triangle,
                AmplitudeVolts = 2 * Math.Max(t.PositiveThresholdVolts, -t.NegativeThresholdVolts),
                FrequencyHertz = 1e3,
            },
            _ => new() { AmplitudeVolts = card.ReadVoltageVolts, FrequencyHertz = 1e3, Cycles = 1 },
        };
    }
}
