using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// Writes the SPICE files of one crossbar matrix: one library per tile (<c>tile-r{R}-c{C}.sub</c>, a
/// <c>.subckt</c> with wire segments and cells) and a top-level deck (<c>deck.cir</c>) with the input sources
/// (<c>Vin{i}</c> on net <c>in{i}</c>, 0 V until a sample is applied; the bias row's <c>Vbias</c> on <c>inb</c>),
/// per-tile row driver resistances, the tile instances (tiles of one column block share the column nets
/// <c>col{c}</c>, so their partial currents add: [P3]'s split method), the readout (<c>y{j}</c>) and, when the
/// next layer's activation is fused into this stage, its circuit behind every readout (<c>z{j}</c>).
/// </summary>
public static class LayerDeckBuilder
{
    /// <summary>Builds the files of <paramref name="matrix"/> as planned in <paramref name="plan"/>.</summary>
    /// <param name="matrix">The weights.</param>
    /// <param name="plan">Their conductance plan.</param>
    /// <param name="cell">The cell's devices.</param>
    /// <param name="options">Compile options.</param>
    /// <param name="stage">The matrix's stage (row scale, readout feedback, fused activation); null: a crossbar
    /// alone at the options' input scale.</param>
    /// <param name="lstm">For an LSTM cell's crossbar: the cell stage, whose periphery replaces the readouts.</param>
    public static LayerDeck Build(CrossbarMatrix matrix, LayerPlan plan, CellParameters cell, CompileOptions options, CrossbarStage? stage = null, LstmCellStage? lstm = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(options);
        var folder = matrix.Name;
        var layout = plan.Layout;
        var voltsPerUnit = lstm?.Scales.RowVoltsPerUnit ?? stage?.InputVoltsPerUnit ?? options.InputVoltsPerUnit;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var items = new List<NetlistItem>
        {
            new Comment($"design {options.DesignName}, {matrix.Kind} {matrix.Name}: {layout.Outputs} outputs x {layout.Inputs} inputs{(layout.HasBiasRow ? " + bias row" : string.Empty)}"),
            new Comment(Invariant($"scheme {layout.Scheme}, k = {layout.SiemensPerWeight} S per weight unit, {voltsPerUnit} V per input unit, seed {options.Seed}")),
            new Comment($"cells: {cell.Source}"),
        };

        if (options.Readout == ReadoutKind.Differential)
        {
            items.Add(new IncludeDirective(RelativeToDeck(folder, DesignPeriphery.LibraryPath)));
        }

        if (options.Driver == DriverKind.Inverter)
        {
            items.Add(new IncludeDirective(RelativeToDeck(folder, DriverLibrary)));
            items.Add(new VoltageSource("Vrd", "vrd", "0", voltsPerUnit));
        }

        foreach (var tile in plan.Tiles)
        {
            var file = TileLibraryPath(folder, tile.Block.Name);
            var subcircuit = SubcircuitName(matrix.Name, tile.Block.Name);
            files[file] = TileLibrary(tile, subcircuit, cell, options);
            items.Add(new IncludeDirective($"{tile.Block.Name}.sub"));
        }

        var inputNets = Enumerable.Range(0, layout.Inputs).Select(i => $"in{i}").ToList();
        var rowNets = inputNets.ToList();
        string? biasNet = null;
        for (var i = 0; i < layout.Inputs; i++)
        {
            items.Add(new VoltageSource($"Vin{i}", $"in{i}", "0", 0.0));
        }

        if (layout.HasBiasRow)
        {
            biasNet = "inb";
            rowNets.Add(biasNet);
            items.Add(new VoltageSource("Vbias", biasNet, "0", voltsPerUnit * layout.BiasInput));
        }

        foreach (var tile in plan.Tiles)
        {
            // Each tile is an array with its own row drivers: a driver resistance per tile row, so tiles sharing
            // an input net do not load each other (and each tile can be solved on its own).
            var block = tile.Block;
            var tileId = block.Name.Replace('-', '_');
            var rows = Enumerable.Range(block.RowStart, block.RowCount).Select(r => AddDriver(items, options, rowNets[r], $"{tileId}_{r}")).ToList();
            var nodes = rows
                .Concat(Enumerable.Range(block.ColumnStart, block.ColumnCount).Select(c => $"col{c}"))
                .ToList();
            items.Add(new SubcircuitInstance($"X{tileId}", nodes, SubcircuitName(matrix.Name, block.Name)));
        }

        if (lstm is not null && options.Readout == ReadoutKind.Differential)
        {
            var lstmFiles = LstmCellDeck.Complete(items, lstm, options);
            var lstmDeck = new SpiceNetlist($"{options.DesignName}: LSTM cell {matrix.Name}, one time step, on {plan.Tiles.Count} crossbar tile(s)", items);
            files[$"{folder}/deck.cir"] = SpiceNetlistWriter.Write(lstmDeck);
            return new LayerDeck(folder, $"{folder}/deck.cir", files, inputNets, biasNet, lstmFiles.Outputs, lstmFiles.FeedbackOhms);
        }

        var feedbackOhms = stage?.FeedbackOhms ?? options.OutputVoltsPerUnit / (layout.SiemensPerWeight * voltsPerUnit);
        var outputs = AddReadout(items, layout.Outputs, feedbackOhms, options);
        if (stage?.Tail is { } tail && options.Readout == ReadoutKind.Differential)
        {
            items.AddRange(tail.SharedSources());
            for (var j = 0; j < layout.Outputs; j++)
            {
                items.AddRange(tail.Instance(j.ToString(CultureInfo.InvariantCulture), $"y{j}", $"z{j}"));
            }
        }

        items.Add(new OpAnalysis());
        var deck = new SpiceNetlist($"{options.DesignName}: {matrix.Kind} {matrix.Name} on {plan.Tiles.Count} crossbar tile(s)", items);
        var deckFile = $"{folder}/deck.cir";
        files[deckFile] = SpiceNetlistWriter.Write(deck);
        return new LayerDeck(folder, deckFile, files, inputNets, biasNet, outputs, options.Readout == ReadoutKind.Differential ? feedbackOhms : 0);
    }

    /// <summary>Relative path of the row-driver library (inverter and its transistor models) from the design root.</summary>
    public const string DriverLibrary = "lib/drivers.sub";

    /// <summary>
    /// The row-driver library: the process's transistor models, copied in so the design does not depend on
    /// where the device card lives, and the inverter subcircuit. Returns (path → text) of both files.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DriverLibraryFiles(PeripheryProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var modelFile = $"lib/models/{Path.GetFileName(process.ModelLibraryPath)}";
        var text = new StringBuilder($"* CrossbarSpice row driver: CMOS inverter (circuits.md 7.1), process {process.CardName}\n");
        text.Append(SpiceNetlistWriter.WriteItem(new IncludeDirective($"models/{Path.GetFileName(process.ModelLibraryPath)}")));
        text.Append(SpiceNetlistWriter.WriteItem(InverterDriver.Build(process)));
        return new Dictionary<string, string>
        {
            [DriverLibrary] = text.ToString(),
            [modelFile] = File.ReadAllText(process.ModelLibraryPath!).ReplaceLineEndings("\n"),
        };
    }

    private static List<OutputNet> AddReadout(List<NetlistItem> items, int outputs, double feedbackOhms, CompileOptions options)
    {
        var result = new List<OutputNet>(outputs);
        if (options.Readout == ReadoutKind.Currents)
        {
            for (var c = 0; c < 2 * outputs; c++)
            {
                items.Add(new VoltageSource($"Vsense{c}", $"col{c}", "0", 0.0));
            }

            for (var j = 0; j < outputs; j++)
            {
                result.Add(new OutputNet(j, null, $"i(vsense{2 * j})", $"i(vsense{(2 * j) + 1})"));
            }

            return result;
        }

        // V(y) = RF·(I+ − I−) = RF·k·(V per input unit)·y, so RF sets the output volts per unit.
        items.Add(new VoltageSource("Vdd", "vdd", "0", options.SupplyVolts));
        items.Add(new VoltageSource("Vss", "vss", "0", -options.SupplyVolts));
        for (var j = 0; j < outputs; j++)
        {
            items.Add(new SubcircuitInstance(
                $"Xro{j}",
                [$"col{2 * j}", $"col{(2 * j) + 1}", $"y{j}", "vdd", "vss"],
                DifferentialReadout.Name,
                [new Netlist.Values.SpiceParameter("RF", feedbackOhms)]));
            result.Add(new OutputNet(j, $"y{j}", null, null));
        }

        return result;
    }

    private static string AddDriver(List<NetlistItem> items, CompileOptions options, string input, string id)
    {
        if (options.Driver == DriverKind.Inverter)
        {
            // Two inverters in series: logic level in, the same logic level out on the read rail.
            items.Add(new SubcircuitInstance($"Xdrva_{id}", [input, $"nb_{id}", "vrd"], InverterDriver.Name));
            items.Add(new SubcircuitInstance($"Xdrvb_{id}", [$"nb_{id}", $"d_{id}", "vrd"], InverterDriver.Name));
            return $"d_{id}";
        }

        if (options.DriverOhms <= 0)
        {
            return input;
        }

        items.Add(new Resistor($"Rdrv_{id}", input, $"d_{id}", options.DriverOhms));
        return $"d_{id}";
    }

    /// <summary>Path of a tile's library (<c>.sub</c>) from the design root: <c>{matrix}/{tile}.sub</c>.</summary>
    public static string TileLibraryPath(string matrix, string tile) => $"{matrix}/{tile}.sub";

    private static string TileLibrary(TilePlan tile, string subcircuit, CellParameters cell, CompileOptions options)
    {
        // Drivers and readout sit in the deck, outside the tile's subcircuit.
        var circuit = TileCircuits.For(tile, options.SegmentOhms, driverOhms: 0, cell.Selector, cell.AccessTransistor, options.SegmentFarads);
        var header = $"* {subcircuit}: rows {tile.Block.RowStart}..{tile.Block.RowStart + tile.Block.RowCount - 1}, columns {tile.Block.ColumnStart}..{tile.Block.ColumnStart + tile.Block.ColumnCount - 1}, {tile.Programmed.FaultCount} faulty device(s)\n";
        return header + SpiceNetlistWriter.WriteItem(CrossbarTileNetlistBuilder.BuildSubcircuit(circuit, subcircuit));
    }

    /// <summary>The subcircuit name of tile <paramref name="tile"/> (e.g. <c>tile-r0-c0</c>) of crossbar <paramref name="matrix"/>,
    /// as its tile library defines it and the deck instantiates it.</summary>
    public static string SubcircuitName(string matrix, string tile) =>
        $"{matrix}_{tile}".Replace('/', '_').Replace('-', '_').ToLowerInvariant();

    private static string RelativeToDeck(string folder, string path) =>
        string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/') + 1)) + path;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
