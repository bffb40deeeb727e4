using CommandLine;
using CommandLine.Text;
using CrossbarSpice.Circuits.Devices;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar characterize-device</c>.</summary>
[Verb("characterize-device", HelpText = "Drive a memristor card's SPICE model with a sine or triangle in ngspice; write the I–V loop (CSV, PNG, SVG) and the state vs time.")]
internal sealed class CharacterizeDeviceOptions
{
    /// <summary>Memristor card file.</summary>
    [Value(0, MetaName = "card", Required = true, HelpText = "Memristor device card (device-cards/*.json).")]
    public string Card { get; set; } = string.Empty;

    /// <summary>Drive waveform; default per I–V model.</summary>
    [Option("waveform", HelpText = "sine | triangle. Default: sine, except triangle (a voltage sweep) for the threshold model.")]
    public DriveWaveform? Waveform { get; set; }

    /// <summary>Peak voltage, V.</summary>
    [Option("amplitude", HelpText = "Peak voltage across the device, V. Default: 1 V for VTEAM (seed 001 Fig. 9), 1.2 V for linear ion drift, 2×threshold for the threshold model, the read voltage for the static model.")]
    public double? AmplitudeVolts { get; set; }

    /// <summary>Frequency, Hz.</summary>
    [Option("frequency", HelpText = "Drive frequency, Hz. Default for VTEAM: 5e6. Seed 001 Fig. 9 used 5×10^4 kHz (5e7), where the OFF switching only reaches ~574 Ω of 1 kΩ; at 5e6 the full loop (50–988 Ω) shows (circuits.md §10.2). 1 Hz for linear ion drift, 1e3 otherwise.")]
    public double? FrequencyHertz { get; set; }

    /// <summary>Number of periods.</summary>
    [Option("cycles", HelpText = "Number of periods simulated, 1–100. Default 2 (1 for the static model).")]
    public int? Cycles { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", HelpText = "Output folder; written whole or not at all. Default: results/characterize-<card name>/.")]
    public string? Out { get; set; }

    /// <summary>Time limit, s.</summary>
    [Option("timeout", Default = 600.0, HelpText = "Seconds the transient may take before it is halted.")]
    public double TimeoutSeconds { get; set; }

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("VTEAM loop with seed 001's parameters (1 V sine)", new CharacterizeDeviceOptions { Card = "device-cards/vteam-seed001.json", Out = "results/vteam" }),
        new("At seed 001's own 50 MHz", new CharacterizeDeviceOptions { Card = "device-cards/vteam-seed001.json", FrequencyHertz = 5e7 }),
        new("±3 V sweep of the seed-000 device", new CharacterizeDeviceOptions { Card = "device-cards/ag-au-mose2-se.json", Waveform = DriveWaveform.Triangle, AmplitudeVolts = 3 }),
    ];
}
