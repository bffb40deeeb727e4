using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar compile-weights</c>.</summary>
[Verb("compile-weights", HelpText = "Compile trained weights + architecture + device card into crossbar netlists, a conductance plan and a manifest.")]
internal sealed class CompileWeightsOptions
{
    /// <summary>Architecture file.</summary>
    [Option("arch", HelpText = "Architecture JSON (layers, shapes, activations, tensor names); see docs/architecture-format.md. Give --arch (+ --weights) or --model.")]
    public string? Architecture { get; set; }

    /// <summary>ONNX model.</summary>
    [Option("model", HelpText = "An ONNX model (.onnx) holding architecture and weights, instead of --arch/--weights; see docs/onnx.md (tools/export-onnx.py exports PyTorch modules).")]
    public string? Model { get; set; }

    /// <summary>Weights files.</summary>
    [Option("weights", Separator = ',', HelpText = "Weights: .npz, .safetensors, or CSV matrices (comma-separated list). CSV files may also be named in the architecture.")]
    public IEnumerable<string> Weights { get; set; } = [];

    /// <summary>Memristor device card.</summary>
    [Option("device", Required = true, HelpText = "Memristor device card, e.g. device-cards/ti-alox-taox-pt.json.")]
    public string Device { get; set; } = string.Empty;

    /// <summary>Cell override.</summary>
    [Option("cell", HelpText = "passive | 1S1M | 1T1M. Default: the card's cell.")]
    public string? Cell { get; set; }

    /// <summary>A paper's compile options.</summary>
    [Option("preset", HelpText = "seed003: seed 003's BCU as it was run (one 1401x28 array per layer, linear scheme, 1 V per unit grey levels, the card's levels, 5 % programming error unless --programming-error); overrides --tile, --scheme, --input-volts, --no-quantise. Wires, cell, drivers and readout stay as given (docs/reproductions.md).")]
    public string? Preset { get; set; }

    /// <summary>Largest array.</summary>
    [Option("tile", Default = "128x128", HelpText = "Largest crossbar array, ROWSxCOLUMNS (columns hold G+/G− pairs), or auto: per layer the largest square power-of-two tile (8 to 1024) within --max-wire-error (docs/ir-drop.md).")]
    public string Tile { get; set; } = "128x128";

    /// <summary>Wire error budget of <c>--tile auto</c>.</summary>
    [Option("max-wire-error", HelpText = "With --tile auto: the largest wired-vs-mapped output error allowed, V at the readout output, on 16 seeded inputs uniform in [0, 1] units (docs/ir-drop.md).")]
    public double? MaxWireErrorVolts { get; set; }

    /// <summary>IR-drop compensation.</summary>
    [Option("compensate", Default = "none", HelpText = "none | ir-drop: program every tile so that its wired effective conductances equal the mapped ones (exact solver; the layer's scale lowered where Gmax would not suffice; report in compensation.csv; docs/ir-drop.md).")]
    public string Compensate { get; set; } = "none";

    /// <summary>Wire segment resistance.</summary>
    [Option("rwire", Default = 2.0, HelpText = "Resistance of every row and column wire segment, Ω (seed 003: 2 Ω). 0 = ideal wires.")]
    public double WireOhms { get; set; }

    /// <summary>Wire segment capacitance, F.</summary>
    [Option("cwire", Default = 0.0, HelpText = "Capacitance to ground of every row and column wire segment, F (device-cards/wire-2ohm.json: 6.93e-16, 0.2 fF/µm × the cell pitch). 0 = none. Changes no DC result; the tile libraries carry it for transient runs.")]
    public double WireFarads { get; set; }

    /// <summary>Row drivers.</summary>
    [Option("driver", Default = "ideal", HelpText = "ideal (voltage source, --driver-ohms behind it) | inverter (two CMOS inverters per row on a read rail of --input-volts; binary inputs only, circuits.md §7.1).")]
    public string Driver { get; set; } = "ideal";

    /// <summary>Process card for the transistor-level periphery.</summary>
    [Option("process", HelpText = "CMOS process card of the transistor-level periphery (activation and pooling circuits, inverter drivers). Default: device-cards/cmos-180nm.json (of the working directory, else of the CrossbarSpice install).")]
    public string? Process { get; set; }

    /// <summary>Driver resistance.</summary>
    [Option("driver-ohms", Default = 0.0, HelpText = "Row driver output resistance, Ω (0 = ideal source).")]
    public double DriverOhms { get; set; }

    /// <summary>Mapping scheme.</summary>
    [Option("scheme", Default = "linear", HelpText = "linear (seed 003 eq. 6: |W| on one device, the other at Gmin) | balanced (G± = Gmid ± kW/2).")]
    public string Scheme { get; set; } = "linear";

    /// <summary>Input scaling.</summary>
    [Option("input-volts", Default = 1.0, HelpText = "Volts applied per unit of network input (seed 003: 1, grey levels 0–1 V; seed 001: 0.3 for inputs in ±1).")]
    public double InputVoltsPerUnit { get; set; }

    /// <summary>Input normalisation: means.</summary>
    [Option("input-mean", HelpText = "Normalise every sample before the DACs: (x − mean) / std, recorded in the design and applied at every level. One mean, or one per input channel (comma-separated; the channel axis is the first of [C, H, W] inputs, the last of [F] and [T, F]). Needs --input-std. Negative values: --input-mean=-0.5.")]
    public string? InputMean { get; set; }

    /// <summary>Input normalisation: standard deviations.</summary>
    [Option("input-std", HelpText = "Standard deviation(s) of the input normalisation (> 0): one, or one per input channel. Needs --input-mean.")]
    public string? InputStd { get; set; }

    /// <summary>Output scaling.</summary>
    [Option("output-volts", Default = 0.1, HelpText = "Differential readout: volts per unit of pre-activation output (sets the TIA feedback resistance).")]
    public double OutputVoltsPerUnit { get; set; }

    /// <summary>Sigmoid circuit of LSTM cells.</summary>
    [Option("lstm-sigmoid", Default = "six-transistor", HelpText = "Sigmoid circuit of LSTM cells: six-transistor (seed 000, current input, tanh via 2σ(2x)−1 on an op-amp) | general (seed 002 general activation circuit, sigmoid and tanh outputs).")]
    public string LstmSigmoid { get; set; } = "six-transistor";

    /// <summary>Volts per unit of the LSTM cell state.</summary>
    [Option("lstm-cell-volts", Default = 0.5, HelpText = "LSTM cells: volts per unit of the cell state c, in (0.29, 1]; the multipliers take ±1 V, so c stays within ±1/this (default 0.5: |c| ≤ 2).")]
    public double LstmCellVoltsPerUnit { get; set; } = 0.5;

    /// <summary>Readout.</summary>
    [Option("readout", Default = "differential", HelpText = "differential (TIA pair + difference amplifier, op-amp macromodel) | currents (ideal virtual-ground sense sources).")]
    public string Readout { get; set; } = "differential";

    /// <summary>Seed.</summary>
    [Option("seed", Default = 1L, HelpText = "Seed of every random stream (each non-ideality has its own).")]
    public long Seed { get; set; }

    /// <summary>Non-idealities taken from the card.</summary>
    [Option("card-nonidealities", Default = false, HelpText = "Apply the card's programming error, device-to-device variation and stuck-at fractions (individual options below override).")]
    public bool CardNonIdealities { get; set; }

    /// <summary>No quantisation.</summary>
    [Option("no-quantise", Default = false, HelpText = "Do not snap conductances to the card's levels.")]
    public bool NoQuantise { get; set; }

    /// <summary>Programming error.</summary>
    [Option("programming-error", HelpText = "Relative σ of programming error, e.g. 0.05 (seed 003).")]
    public double? ProgrammingError { get; set; }

    /// <summary>Device-to-device variation.</summary>
    [Option("d2d", HelpText = "Relative σ of device-to-device variation.")]
    public double? DeviceVariation { get; set; }

    /// <summary>Stuck at LRS.</summary>
    [Option("stuck-lrs", HelpText = "Fraction of devices stuck at LRS (Gmax), 0–1.")]
    public double? StuckLrs { get; set; }

    /// <summary>Stuck at HRS.</summary>
    [Option("stuck-hrs", HelpText = "Fraction of devices stuck at HRS (Gmin), 0–1.")]
    public double? StuckHrs { get; set; }

    /// <summary>Drift exponent.</summary>
    [Option("drift-exponent", HelpText = "Power-law drift exponent ν: G·(t/t0)^−ν.")]
    public double? DriftExponent { get; set; }

    /// <summary>Drift time.</summary>
    [Option("drift-time", Default = 1.0, HelpText = "Seconds since programming, for drift.")]
    public double DriftTime { get; set; }

    /// <summary>Read noise.</summary>
    [Option("read-noise", HelpText = "Relative σ of read noise (recorded in the plan; applied by the simulation).")]
    public double? ReadNoise { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Output folder, e.g. netlists/<name>/; written whole or not at all.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Compile the bundled tiny MLP for the Ti/AlOx/TaOx/Pt device (seed 003)", new CompileWeightsOptions
        {
            Architecture = "netlists/examples/tiny-mlp/architecture.json",
            Weights = ["netlists/examples/tiny-mlp/weights.npz"],
            Device = "device-cards/ti-alox-taox-pt.json",
            Out = "netlists/tiny-mlp",
        }),
        new("Compile an ONNX model exported from PyTorch (tools/export-onnx.py)", new CompileWeightsOptions
        {
            Model = "netlists/examples/onnx-cnn/model.onnx",
            Device = "device-cards/ti-alox-taox-pt.json",
            Out = "netlists/onnx-cnn",
        }),
    ];
}
