using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar compile-weights</c>: loads and validates the network and the device card, compiles, writes
/// the design and a copy of the network it was compiled from (network/) into a temporary folder, re-reads and
/// validates everything it wrote, then moves it into place.
/// </summary>
internal sealed class CompileWeightsCommand
{
    private readonly CompileWeightsOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public CompileWeightsCommand(CompileWeightsOptions options) => this.options = options;

    /// <summary>The process card: the one given, else the shipped default (<see cref="DefaultPaths"/>).</summary>
    private string ProcessFile => DefaultPaths.Resolve(options.Process, DefaultPaths.ProcessCard);

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        options.Device = DefaultPaths.Shipped(options.Device);
        options.Architecture = options.Architecture is null ? null : DefaultPaths.Shipped(options.Architecture);
        options.Model = options.Model is null ? null : DefaultPaths.Shipped(options.Model);
        options.Weights = [.. options.Weights.Select(DefaultPaths.Shipped)];
        var card = DeviceCardReader.ReadMemristor(RequireFile(options.Device, "--device"));
        var weights = options.Weights.ToList();
        foreach (var file in weights)
        {
            RequireFile(file, "--weights");
        }

        var (source, option) = NetworkSource(weights);
        var loaded = ModelLoader.Validate(RequireFile(source, option), weights);
        foreach (var warning in loaded.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        var network = loaded.GetNetworkOrThrow();
        var compileOptions = BuildOptions(card) with { InputNormalisation = Normalisation(network.Inputs[0].Shape) };
        compileOptions = options.Preset is null ? compileOptions : Circuits.Compilation.Presets.CompilePresets.Apply(options.Preset, compileOptions)
            ?? throw new InputException(new SourceLocation(null, Field: "--preset"), $"unknown preset '{options.Preset}'; available: {string.Join(", ", Circuits.Compilation.Presets.CompilePresets.Names)}");
        var inputs = new ManifestInputs(
            ManifestFile.Of(source),
            weights.Select(ManifestFile.Of).ToList(),
            ManifestFile.Of(options.Device),
            compileOptions.Process is null ? null : ManifestFile.Of(ProcessFile));
        cancellationToken.ThrowIfCancellationRequested();
        var solver = compileOptions.Compensation != CompensationKind.None || compileOptions.MaxWireErrorVolts is not null ? new Simulation.Arrays.WiredTileSolver() : null;
        var design = NetworkCompiler.Compile(network, card, compileOptions, inputs, new ConsoleProgress(), solver);

        DesignManifest? manifest = null;
        AtomicOutput.WriteDirectory(options.Out, directory =>
        {
            CompiledDesignWriter.Write(design, directory);
            DesignNetworkCopy.Write(inputs, directory);
            manifest = CompiledDesignValidator.Validate(directory);
            Provenance.Write(directory, [source, .. weights, options.Device, compileOptions.Process is null ? null : ProcessFile], new Dictionary<string, long> { ["seed"] = options.Seed });
        });

        PrintSummary(manifest!, design);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The file the network comes from and its option: the architecture (<c>--arch</c>, with <c>--weights</c>) or an ONNX
    /// model (<c>--model</c>, recorded in the manifest as the architecture with no weights, which
    /// <see cref="ModelLoader"/> recognises by its extension when the design is opened again); exactly one form.
    /// </summary>
    private (string Path, string Option) NetworkSource(IReadOnlyList<string> weights)
    {
        if (options.Model is not null)
        {
            if (options.Architecture is not null || weights.Count > 0)
            {
                throw new InputException(new SourceLocation(null, Field: "--model"), "give either --model FILE.onnx or --arch (with --weights), not both");
            }

            if (!Import.Onnx.OnnxImporter.IsOnnxFile(options.Model))
            {
                throw new InputException(new SourceLocation(options.Model, Field: "--model"), "expected an ONNX model with the extension .onnx");
            }

            return (options.Model, "--model");
        }

        if (options.Architecture is null)
        {
            throw new InputException(new SourceLocation(null, Field: "--arch"), "give the network: --arch FILE.json (with --weights) or --model FILE.onnx");
        }

        return (options.Architecture, "--arch");
    }

    /// <summary>Progress lines on stderr, written at once and in order (<see cref="Progress{T}"/> posts them to the thread pool).</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"  mapping {value}");
    }

    private static string RequireFile(string path, string option) =>
        File.Exists(path) ? path : throw new InputException(new SourceLocation(path, Field: option), "file not found");

    private CompileOptions BuildOptions(MemristorCard card)
    {
        var (rows, columns, wireBudget) = TileOptions();
        Positive(options.InputVoltsPerUnit, "--input-volts");
        Positive(options.OutputVoltsPerUnit, "--output-volts");
        NonNegative(options.WireOhms, "--rwire");
        NonNegative(options.WireFarads, "--cwire");
        NonNegative(options.DriverOhms, "--driver-ohms");
        var driver = Choose(options.Driver, "--driver", ("ideal", DriverKind.Ideal), ("inverter", DriverKind.Inverter));
        var readout = Choose(options.Readout, "--readout", ("differential", ReadoutKind.Differential), ("currents", ReadoutKind.Currents));
        return new CompileOptions
        {
            DesignName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Out))),
            Seed = options.Seed,
            MaxTileRows = rows,
            MaxTileColumns = columns,
            Scheme = Choose(options.Scheme, "--scheme", ("linear", MappingScheme.Linear), ("balanced", MappingScheme.Balanced)),
            Cell = options.Cell is null ? null : Choose(options.Cell, "--cell", [.. CellKindNames.All]),
            SegmentOhms = options.WireOhms,
            SegmentFarads = options.WireFarads,
            DriverOhms = options.DriverOhms,
            InputVoltsPerUnit = options.InputVoltsPerUnit,
            OutputVoltsPerUnit = options.OutputVoltsPerUnit,
            Readout = readout,
            Lstm = new LstmCircuitOptions(
                Choose(options.LstmSigmoid, "--lstm-sigmoid", ("six-transistor", LstmSigmoid.SixTransistor), ("general", LstmSigmoid.General)),
                CellVolts(options.LstmCellVoltsPerUnit)),
            Driver = driver,
            Process = ResolveProcess(driver, readout),
            NonIdealities = NonIdealities(card),
            Compensation = Choose(options.Compensate, "--compensate", ("none", CompensationKind.None), ("ir-drop", CompensationKind.IrDrop)),
            MaxWireErrorVolts = wireBudget,
        };
    }

    /// <summary>
    /// The CMOS process of the transistor-level periphery: inverter drivers need it, and so do the activation and
    /// pooling circuits behind a differential readout (split supply).
    /// </summary>
    private PeripheryProcess? ResolveProcess(DriverKind driver, ReadoutKind readout)
    {
        if (driver != DriverKind.Inverter && readout != ReadoutKind.Differential)
        {
            return null;
        }

        var card = DeviceCardReader.Read(RequireFile(ProcessFile, "--process"));
        return PeripheryProcess.Resolve(card, "periphery", new PeripheryRequirements(Transistors: true, SplitSupply: readout == ReadoutKind.Differential));
    }

    private NonIdealityOptions NonIdealities(MemristorCard card)
    {
        var fromCard = options.CardNonIdealities;
        var result = new NonIdealityOptions
        {
            Quantise = !options.NoQuantise,
            ProgrammingErrorSigma = options.ProgrammingError ?? (fromCard ? card.ProgrammingErrorRelativeSigma : null),
            DeviceVariationSigma = options.DeviceVariation ?? (fromCard ? card.DeviceToDeviceRelativeSigma : null),
            StuckAtLrsRate = options.StuckLrs ?? (fromCard ? card.StuckAt.LrsFaultFraction : null),
            StuckAtHrsRate = options.StuckHrs ?? (fromCard ? card.StuckAt.HrsFaultFraction : null),
            DriftExponent = options.DriftExponent ?? (fromCard && card.Drift.Kind == DriftModelKind.PowerLaw ? card.Drift.Exponent : null),
            DriftTimeSeconds = options.DriftTime,
            DriftReferenceSeconds = fromCard && card.Drift.Kind == DriftModelKind.PowerLaw ? card.Drift.ReferenceTimeSeconds : 1,
            ReadNoiseSigma = options.ReadNoise ?? (fromCard ? card.ReadNoiseRelativeSigma : null),
        };
        try
        {
            result.Validate();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            var option = exception.ParamName switch
            {
                nameof(NonIdealityOptions.ProgrammingErrorSigma) => "--programming-error",
                nameof(NonIdealityOptions.DeviceVariationSigma) => "--d2d",
                nameof(NonIdealityOptions.StuckAtLrsRate) => "--stuck-lrs",
                nameof(NonIdealityOptions.StuckAtHrsRate) => "--stuck-hrs",
                nameof(NonIdealityOptions.DriftExponent) => "--drift-exponent",
                nameof(NonIdealityOptions.DriftTimeSeconds) => "--drift-time",
                nameof(NonIdealityOptions.ReadNoiseSigma) => "--read-noise",
                _ => exception.ParamName,
            };
            var origin = fromCard ? $" (the value may come from the card {options.Device} via --card-nonidealities)" : string.Empty;
            throw new InputException(new SourceLocation(null, Field: option), exception.Message.Split(" (Parameter", 2)[0] + origin);
        }

        return result;
    }

    /// <summary>
    /// The input normalisation of <c>--input-mean</c> / <c>--input-std</c> checked against the network input, or null
    /// without them; inverter drivers pass only binary inputs, so they refuse it.
    /// </summary>
    private InputNormalisation? Normalisation(Core.Tensors.TensorShape inputShape)
    {
        if (options.InputMean is null && options.InputStd is null)
        {
            return null;
        }

        if (options.InputMean is null || options.InputStd is null)
        {
            throw new InputException(new SourceLocation(null, Field: options.InputMean is null ? "--input-std" : "--input-mean"), "the input normalisation needs both --input-mean and --input-std");
        }

        if (string.Equals(options.Driver, "inverter", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(new SourceLocation(null, Field: "--input-mean"), "inverter drivers pass binary inputs (0 or 1) only; a normalised input is analogue and signed: use --driver ideal");
        }

        var normalisation = new InputNormalisation(Numbers(options.InputMean, "--input-mean"), Numbers(options.InputStd, "--input-std"));
        OptionFields.Map(() => { normalisation.Validate(inputShape); return 0; }, ("InputMean", "--input-mean"), ("InputStd", "--input-std"));
        return normalisation;
    }

    private static double[] Numbers(string text, string option) =>
        [.. text.Split(',').Select(part => double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InputException(new SourceLocation(null, Field: option), $"'{part.Trim()}' is not a number; expected one value or a comma-separated list, e.g. 0.4914,0.4822,0.4465"))];

    /// <summary>The largest tile and, for <c>--tile auto</c>, the wire error budget (then the largest tile is the
    /// search's upper bound, <see cref="AutoTileLimit"/>).</summary>
    private (int Rows, int Columns, double? Budget) TileOptions()
    {
        if (!string.Equals(options.Tile, "auto", StringComparison.OrdinalIgnoreCase))
        {
            if (options.MaxWireErrorVolts is not null)
            {
                throw new InputException(new SourceLocation(null, Field: "--max-wire-error"), "the wire error budget chooses the tile size: give it with --tile auto");
            }

            var (rows, columns) = ParseTile(options.Tile);
            return (rows, columns, null);
        }

        var budget = options.MaxWireErrorVolts ?? throw new InputException(new SourceLocation(null, Field: "--max-wire-error"), "--tile auto needs the wire error budget, e.g. --max-wire-error 0.005 (volts at the readout output)");
        Positive(budget, "--max-wire-error");
        return (AutoTileLimit, AutoTileLimit, budget);
    }

    /// <summary>The largest tile <c>--tile auto</c> tries, rows and columns.</summary>
    private const int AutoTileLimit = 1024;

    private static (int Rows, int Columns) ParseTile(string text)
    {
        var parts = text.Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rows) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && rows >= 1 && columns >= 2 && columns % 2 == 0)
        {
            return (rows, columns);
        }

        throw new InputException(new SourceLocation(null, Field: "--tile"), $"expected ROWSxCOLUMNS with an even column count ≥ 2 (G+/G− pairs), e.g. 128x128, or auto; found '{text}'");
    }

    private static double CellVolts(double volts) => volts > 1 / LstmCellScales.GeneralTanhPerVolt && volts <= 1
        ? volts
        : throw new InputException(new SourceLocation(null, Field: "--lstm-cell-volts"), $"expected volts per unit of the LSTM cell state in (0.29, 1], found {volts.ToString(CultureInfo.InvariantCulture)}");

    private static T Choose<T>(string text, string option, params IReadOnlyList<(string Name, T Value)> choices)
    {
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new InputException(new SourceLocation(null, Field: option), $"expected one of {string.Join(", ", choices.Select(c => c.Name))}; found '{text}'");
    }

    private static void Positive(double value, string option)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new InputException(new SourceLocation(null, Field: option), $"expected a number > 0, found {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void NonNegative(double value, string option)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new InputException(new SourceLocation(null, Field: option), $"expected a number ≥ 0, found {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private void PrintSummary(DesignManifest manifest, CompiledDesign design)
    {
        Console.Out.WriteLine($"compile-weights {manifest.Design}: {manifest.Layers.Count} layer(s), cell {manifest.Options.Cell}, seed {manifest.Options.Seed}");
        foreach (var layer in manifest.Layers)
        {
            if (layer.Crossbars.Count == 0)
            {
                Console.Out.WriteLine($"  {layer.Name,-12} {layer.Type,-8} {layer.Periphery}");
                continue;
            }

            foreach (var crossbar in layer.Crossbars)
            {
                var faults = crossbar.Tiles.Sum(t => t.FaultCount);
                Console.Out.WriteLine(
                    $"  {crossbar.Name,-12} {layer.Type,-8} {crossbar.Outputs}x{crossbar.Inputs} on {crossbar.Tiles.Count} tile(s), k = {crossbar.SiemensPerWeight.ToString("G4", CultureInfo.InvariantCulture)} S/unit, {faults} faulty device(s) -> {crossbar.Deck}");
                if (design.Plan.Layer(crossbar.Name) is { } plan && Circuits.Compilation.IrDrop.CompensationReport.Applies([plan]))
                {
                    Console.Out.WriteLine($"  {string.Empty,-12} {Circuits.Compilation.IrDrop.CompensationReport.Summary(plan)}");
                }
            }
        }

        if (Circuits.Compilation.IrDrop.CompensationReport.Applies(design.Plan.Layers))
        {
            Console.Out.WriteLine($"  IR drop      per layer in {Circuits.Compilation.IrDrop.CompensationReport.FileName} (residuals |W_eff − W| in weight units; docs/ir-drop.md)");
        }

        if (manifest.Options.Normalisation() is { } normalisation)
        {
            Console.Out.WriteLine($"  inputs       normalised before the DACs: (x − mean) / std, mean {InputNormalisation.Text(normalisation.Mean)}, std {InputNormalisation.Text(normalisation.Std)}");
        }

        Console.Out.WriteLine($"wrote {options.Out}: manifest.json, {manifest.Plan}, {design.Files.Count} SPICE file(s), the network in {DesignNetworkCopy.FolderName}/; re-read and validated");
    }
}
