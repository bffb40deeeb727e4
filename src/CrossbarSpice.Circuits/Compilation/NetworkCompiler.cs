using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// compile-weights: maps every crossbar matrix of a network onto the device's conductances (<see cref="ConductancePlanner"/>: scheme,
/// quantisation, non-idealities with their own seed streams), tiles it, and writes its SPICE decks.
/// Deterministic: same network, card, options and seed give the same files, byte for byte.
/// </summary>
public static class NetworkCompiler
{
    /// <summary>Compiles <paramref name="network"/> for <paramref name="card"/>.</summary>
    /// <param name="network">The trained network.</param>
    /// <param name="card">The memristor card.</param>
    /// <param name="options">What to compile.</param>
    /// <param name="inputs">The input files, recorded in the manifest.</param>
    /// <param name="progress">Receives one line per crossbar matrix.</param>
    /// <param name="solver">The exact wired-tile solver; needed for <see cref="CompileOptions.Compensation"/> and
    /// <see cref="CompileOptions.MaxWireErrorVolts"/> (Circuits runs no solver itself).</param>
    public static CompiledDesign Compile(NetworkGraph network, MemristorCard card, CompileOptions options, ManifestInputs inputs, IProgress<string>? progress = null, IrDrop.IWiredTileSolver? solver = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        options.NonIdealities.Validate();
        var device = DeviceRange.FromCard(card);
        var cell = CellParameters.For(card, options.Cell);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var matrices = network.Layers.ToDictionary(l => l.Name, CrossbarMatrix.Of, StringComparer.Ordinal);
        var planned = new Dictionary<string, LayerPlan>(StringComparer.Ordinal);
        var wired = solver is null ? null : new IrDrop.WiredTiles(solver, cell);
        CheckReadScheme(options, cell, wired);
        foreach (var matrix in network.Layers.SelectMany(l => matrices[l.Name]))
        {
            progress?.Report($"{matrix.Name}: {matrix.Weights.Outputs}×{matrix.Weights.Inputs}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var plan = ConductancePlanner.PlanMatrix(matrix, device, options, wired);
            planned.Add(matrix.Name, plan);
            if (IrDrop.CompensationReport.Applies([plan]))
            {
                // Times go to the console only: the design's files stay byte-for-byte reproducible.
                progress?.Report(IrDrop.CompensationReport.Summary(plan, clock.Elapsed));
            }
        }

        var stages = options.Readout == ReadoutKind.Differential
            ? StagePlanner.Plan(
                network,
                planned.ToDictionary(p => p.Key, p => p.Value.Layout.SiemensPerWeight, StringComparer.Ordinal),
                options.InputVoltsPerUnit,
                options.OutputVoltsPerUnit,
                withPeriphery: options.Process is not null,
                options.Lstm)
            : [];
        var stageOf = stages.SelectMany(stage => stage.Layers.Select(layer => (layer, stage))).ToDictionary(p => p.layer, p => p.stage, StringComparer.Ordinal);
        var layers = new List<ManifestLayer>();
        foreach (var layer in network.Layers)
        {
            var stage = stageOf.GetValueOrDefault(layer.Name);
            if (matrices[layer.Name].Count == 0)
            {
                if (stage is not null && StageDeckBuilder.HasDeck(stage))
                {
                    files.Add(stage.Deck, StageDeckBuilder.Build(stage, options.DesignName, options.SupplyVolts));
                }

                layers.Add(new ManifestLayer(layer.Name, layer.Op.TypeName, [], PeripheryNote(layer.Op.TypeName, stage), stage is not null && StageDeckBuilder.HasDeck(stage) ? stage.Deck : null));
                continue;
            }

            var crossbars = new List<ManifestCrossbar>();
            foreach (var matrix in matrices[layer.Name])
            {
                var plan = planned[matrix.Name];
                var crossbarStage = stage as CrossbarStage;
                var lstmCell = (stage as LstmStage)?.Cells.Single(c => c.Crossbar == matrix.Name);
                var deck = LayerDeckBuilder.Build(matrix, plan, cell, options, crossbarStage, lstmCell);
                foreach (var (path, text) in deck.Files)
                {
                    files.Add(path, text);
                }

                crossbars.Add(new ManifestCrossbar(
                    matrix.Name,
                    plan.Layout.Inputs,
                    plan.Layout.Outputs,
                    deck.DeckFile,
                    plan.Layout.SiemensPerWeight,
                    lstmCell?.Scales.RowVoltsPerUnit ?? crossbarStage?.InputVoltsPerUnit ?? options.InputVoltsPerUnit,
                    deck.FeedbackOhms,
                    plan.Tiles.Select(t => new ManifestTile(
                        t.Block.Name,
                        $"{deck.Folder}/{t.Block.Name}.sub",
                        t.Block.RowStart,
                        t.Block.RowCount,
                        t.Block.ColumnStart,
                        t.Block.ColumnCount,
                        t.Programmed.FaultCount)).ToList(),
                    deck.InputNets,
                    deck.BiasNet,
                    deck.Outputs,
                    crossbarStage is { Tail: not null } ? crossbarStage.OutputNodes[^1] : lstmCell is null ? null : [.. lstmCell.OutputNodes[2], .. lstmCell.OutputNodes[1]],
                    lstmCell?.Scales));
            }

            layers.Add(new ManifestLayer(layer.Name, layer.Op.TypeName, crossbars, null));
        }

        var libraries = new SortedSet<string>(StringComparer.Ordinal);
        if (options.Driver == DriverKind.Inverter)
        {
            var process = options.Process ?? throw new ArgumentException("inverter drivers need a process", nameof(options));
            foreach (var (path, text) in LayerDeckBuilder.DriverLibraryFiles(process))
            {
                files[path] = text;
                libraries.Add(path);
            }
        }

        if (options.Readout == ReadoutKind.Differential)
        {
            foreach (var (path, text) in DesignPeriphery.Files(stages, options.Process))
            {
                files[path] = text;
                libraries.Add(path);
            }
        }

        var plans = network.Layers.SelectMany(l => matrices[l.Name]).Select(m => planned[m.Name]).ToList();
        if (IrDrop.CompensationReport.Applies(plans))
        {
            files.Add(IrDrop.CompensationReport.FileName, IrDrop.CompensationReport.Csv(plans));
        }

        var conductancePlan = new ConductancePlan(options.Seed, Path.GetFileName(inputs.DeviceCard.Path), device, options.NonIdealities, plans);
        var manifest = new DesignManifest(
            DesignManifest.CurrentFormat,
            options.DesignName,
            inputs,
            ManifestOptions.Of(options, cell, withLstmCells: stages.Any(s => s is LstmStage)),
            "plan/plan.json",
            [.. libraries],
            layers);
        return new CompiledDesign(manifest, conductancePlan, files);
    }

    private static string PeripheryNote(string type, CircuitStage? stage) =>
        stage?.PeripheryNote ?? $"{type}: the currents readout has no voltage outputs; periphery circuits are emitted with the differential readout";

    /// <summary>
    /// A bit-serial design: its fields in range, a solver for the read curve of a non-linear cell, and none of the
    /// options that assume analogue rows (IR-drop compensation at a mid-range operating point, the tile-size search's
    /// analogue error, inverter drivers' own read rail).
    /// </summary>
    private static void CheckReadScheme(CompileOptions options, CellParameters cell, IrDrop.WiredTiles? wired)
    {
        var scheme = options.ReadScheme;
        scheme.Validate();
        if (!scheme.IsBitSerial)
        {
            return;
        }

        if (options.Compensation != CompensationKind.None || options.MaxWireErrorVolts is not null || options.Driver != DriverKind.Ideal)
        {
            throw new ArgumentException("a bit-serial read scheme takes ideal drivers, no IR-drop compensation and a fixed tile size", nameof(options));
        }

        if (cell.Kind != CrossbarSpice.Devices.Cells.CellKind.Passive && wired is null)
        {
            throw new ArgumentException("a bit-serial design with non-linear cells needs the wired-tile solver (its read curve)", nameof(options));
        }
    }
}
