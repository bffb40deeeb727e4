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
    public static CompiledDesign Compile(NetworkGraph network, MemristorCard card, CompileOptions options, ManifestInputs inputs, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        options.NonIdealities.Validate();
        var device = DeviceRange.FromCard(card);
        var cell = CellParameters.For(card, options.Cell);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var plans = new List<LayerPlan>();
        var layers = new List<ManifestLayer>();
        foreach (var layer in network.Layers)
        {
            var matrices = CrossbarMatrix.Of(layer);
            if (matrices.Count == 0)
            {
                layers.Add(new ManifestLayer(layer.Name, layer.Op.TypeName, [], PeripheryNote(layer.Op.TypeName)));
                continue;
            }

            var crossbars = new List<ManifestCrossbar>();
            foreach (var matrix in matrices)
            {
                progress?.Report($"{matrix.Name}: {matrix.Weights.Outputs}×{matrix.Weights.Inputs}");
                var plan = ConductancePlanner.PlanMatrix(matrix, device, options);
                plans.Add(plan);
                var deck = LayerDeckBuilder.Build(matrix, plan, cell, options);
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
                    deck.Outputs));
            }

            layers.Add(new ManifestLayer(layer.Name, layer.Op.TypeName, crossbars, null));
        }

        var libraries = new List<string>();
        if (options.Driver == DriverKind.Inverter)
        {
            var process = options.DriverProcess ?? throw new ArgumentException("inverter drivers need a process", nameof(options));
            foreach (var (path, text) in LayerDeckBuilder.DriverLibraryFiles(process))
            {
                files.Add(path, text);
                libraries.Add(path);
            }
        }

        if (options.Readout == ReadoutKind.Differential)
        {
            files.Add(LayerDeckBuilder.PeripheryLibrary, LayerDeckBuilder.PeripheryLibraryText());
            libraries.Add(LayerDeckBuilder.PeripheryLibrary);
        }

        var conductancePlan = new ConductancePlan(options.Seed, Path.GetFileName(inputs.DeviceCard.Path), device, options.NonIdealities, plans);
        var manifest = new DesignManifest(
            DesignManifest.CurrentFormat,
            options.DesignName,
            inputs,
            RecordOptions(options, cell),
            "plan/plan.json",
            libraries,
            layers);
        return new CompiledDesign(manifest, conductancePlan, files);
    }

    private static ManifestOptions RecordOptions(CompileOptions options, CellParameters cell) => new(
        options.Seed,
        cell.Kind.ToString(),
        options.Scheme.ToString(),
        options.MaxTileRows,
        options.MaxTileColumns,
        options.SegmentOhms,
        options.DriverOhms,
        options.InputVoltsPerUnit,
        options.OutputVoltsPerUnit,
        options.BiasInput,
        options.Readout.ToString(),
        options.Driver.ToString(),
        options.SupplyVolts,
        options.NonIdealities,
        cell.Selector,
        cell.AccessTransistor);

    private static string PeripheryNote(string type) =>
        $"{type} runs on an analogue periphery circuit; its netlist comes from the peripheral circuit library, which compile-weights does not emit yet";
}
