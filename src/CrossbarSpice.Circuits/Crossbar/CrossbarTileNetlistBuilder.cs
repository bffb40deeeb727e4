using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;
using N = CrossbarSpice.Circuits.Crossbar.CrossbarTileNames;

namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>
/// Writes a <see cref="CrossbarTileCircuit"/> as SPICE: the tile as a <c>.subckt</c> (wires and cells between the
/// row ports and the column ports) and a test bench around it (row sources with the driver output resistance,
/// readout inputs with their 0 V sense sources, <c>.op</c>). Names are those of <see cref="CrossbarTileNames"/>;
/// element order is fixed (row segments, column segments, cells, each row-major), so the text is deterministic.
/// </summary>
public static class CrossbarTileNetlistBuilder
{
    /// <summary>The tile as a subcircuit with ports <c>row0 … row{R−1} col0 … col{C−1}</c>.</summary>
    /// <remarks>Elements: R·C row segments and R·C column segments when their resistance is &gt; 0 (none when 0),
    /// then R·C row-segment and R·C column-segment capacitors to ground when their capacitance is &gt; 0 (the tile's
    /// <see cref="CrossbarTileCircuit.RowSegmentFarads"/>, <see cref="CrossbarTileCircuit.ColumnSegmentFarads"/>),
    /// then per present cell (conductance &gt; 0) a memristor resistor of 1/G Ω, plus for 1S1M a B-source selector and
    /// for 1T1M an NMOS (bulk at ground) with a local Level-1 model card and the word-line source <c>Vwl</c>.
    /// The driver and readout resistances are not inside: they belong to the test bench (or to the periphery of the
    /// deck that instantiates the tile).</remarks>
    /// <param name="tile">The tile.</param>
    /// <param name="name">Subcircuit name; default <see cref="CrossbarTileNames.DefaultSubcircuit"/>.</param>
    public static SubcircuitDefinition BuildSubcircuit(CrossbarTileCircuit tile, string name = N.DefaultSubcircuit)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var ports = Enumerable.Range(0, tile.Rows).Select(N.RowPort).Concat(Enumerable.Range(0, tile.Columns).Select(N.ColumnPort));
        var items = new List<NetlistItem>
        {
            new Comment(FormattableString.Invariant(
                $"{tile.Rows}x{tile.Columns} {tile.CellKind} crossbar; row segment {tile.RowSegmentOhms} ohm, column segment {tile.ColumnSegmentOhms} ohm")),
        };
        AddWires(tile, items);
        AddWireCapacitors(tile, items);
        if (tile.AccessTransistor is { } transistor)
        {
            items.Add(TransistorModel(transistor));
            items.Add(new VoltageSource("Vwl", N.WordLine, "0", transistor.GateVolts));
        }

        for (var i = 0; i < tile.Rows; i++)
        {
            for (var j = 0; j < tile.Columns; j++)
            {
                AddCell(tile, i, j, items);
            }
        }

        return new SubcircuitDefinition(name, [.. ports], items);
    }

    /// <summary>A deck that drives the tile with constant row voltages and reads its columns, with an <c>.op</c>.</summary>
    /// <remarks>Row i: <c>Vrow{i}</c> of <paramref name="rowVolts"/>[i] V, through <c>Rdrv{i}</c> of
    /// <see cref="CrossbarTileCircuit.DriverOutputOhms"/> when that is &gt; 0. Column j: <c>Vcol{j}</c> (0 V) from the
    /// column port to ground, or to <c>ro{j}</c> with <c>Rro{j}</c> of <see cref="CrossbarTileCircuit.ReadoutInputOhms"/>
    /// to ground when that is &gt; 0; the column current is <see cref="CrossbarTileNames.ColumnCurrentVector"/>.
    /// For 1T1M tiles <c>.options gmin=</c><see cref="AccessTransistorParameters.GminSiemens"/> is written first.</remarks>
    /// <param name="tile">The tile.</param>
    /// <param name="rowVolts">One source voltage per row, V, finite.</param>
    /// <param name="options">Extra simulator options (e.g. tighter <c>reltol</c>), written in one <c>.options</c> line; may be null.</param>
    /// <exception cref="ArgumentException">The number of voltages is not <see cref="CrossbarTileCircuit.Rows"/>.</exception>
    public static SpiceNetlist BuildTestBench(CrossbarTileCircuit tile, IReadOnlyList<double> rowVolts, IReadOnlyList<SpiceOption>? options = null)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(rowVolts);
        if (rowVolts.Count != tile.Rows)
        {
            throw new ArgumentException($"{rowVolts.Count} row voltages given for a tile of {tile.Rows} rows", nameof(rowVolts));
        }

        return BuildBench(
            tile,
            i => new SourceWaveform(rowVolts[i]),
            new OpAnalysis(),
            options,
            FormattableString.Invariant($"crossbar tile {tile.Rows}x{tile.Columns} {tile.CellKind} test bench"));
    }

    /// <summary>The test bench of <see cref="BuildTestBench"/> with a step on the rows and a <c>.tran</c>: row i holds
    /// <paramref name="rowVoltsBefore"/>[i] (the operating point) and ramps linearly to <paramref name="rowVoltsAfter"/>[i]
    /// between t = 0 and <paramref name="riseSeconds"/> (a PWL source), then stays there until <paramref name="stopSeconds"/>.</summary>
    /// <param name="tile">The tile.</param>
    /// <param name="rowVoltsBefore">Row source voltages before the step, V.</param>
    /// <param name="rowVoltsAfter">Row source voltages after the step, V.</param>
    /// <param name="riseSeconds">Duration of the ramp, s, &gt; 0 (SPICE has no ideal step).</param>
    /// <param name="stopSeconds">End of the analysis, s, &gt; <paramref name="riseSeconds"/>.</param>
    /// <param name="maxStepSeconds">Largest time step ngspice may take, s, &gt; 0 (also the <c>.tran</c> print step).</param>
    /// <param name="options">Extra simulator options, written in one <c>.options</c> line; may be null.</param>
    /// <exception cref="ArgumentException">A voltage count is not <see cref="CrossbarTileCircuit.Rows"/>, or a time is out of range.</exception>
    public static SpiceNetlist BuildStepTestBench(
        CrossbarTileCircuit tile,
        IReadOnlyList<double> rowVoltsBefore,
        IReadOnlyList<double> rowVoltsAfter,
        double riseSeconds,
        double stopSeconds,
        double maxStepSeconds,
        IReadOnlyList<SpiceOption>? options = null)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(rowVoltsBefore);
        ArgumentNullException.ThrowIfNull(rowVoltsAfter);
        if (rowVoltsBefore.Count != tile.Rows || rowVoltsAfter.Count != tile.Rows)
        {
            throw new ArgumentException($"{rowVoltsBefore.Count} and {rowVoltsAfter.Count} row voltages given for a tile of {tile.Rows} rows", nameof(rowVoltsAfter));
        }

        if (!(riseSeconds > 0) || !(stopSeconds > riseSeconds) || !(maxStepSeconds > 0) || !double.IsFinite(stopSeconds))
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"times must satisfy 0 < rise ({riseSeconds} s) < stop ({stopSeconds} s) and max step ({maxStepSeconds} s) > 0"), nameof(riseSeconds));
        }

        return BuildBench(
            tile,
            i => new SourceWaveform(rowVoltsBefore[i], null, new PwlWaveform([
                new(0.0, rowVoltsBefore[i]), new(riseSeconds, rowVoltsAfter[i]), new(stopSeconds, rowVoltsAfter[i])])),
            new TranAnalysis(maxStepSeconds, stopSeconds, null, maxStepSeconds),
            options,
            FormattableString.Invariant($"crossbar tile {tile.Rows}x{tile.Columns} {tile.CellKind} step response"));
    }

    /// <summary>The B-source expression of a selector between nodes <paramref name="from"/> and <paramref name="to"/>:
    /// the same operations, in the same order, as <see cref="ThresholdSelectorParameters.Current"/>.</summary>
    /// <param name="selector">Selector parameters.</param>
    /// <param name="from">Node the current leaves (row side).</param>
    /// <param name="to">Node the current enters (memristor side).</param>
    public static string SelectorExpression(ThresholdSelectorParameters selector, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var v = $"v({from},{to})";
        var gon = InvariantNumber.Format(selector.OnSiemens);
        var goff = InvariantNumber.Format(selector.OffSiemens);
        return $"{v}*({goff}+(({gon}-{goff})/(1+exp(-(abs({v})-{InvariantNumber.Format(selector.ThresholdVolts)})/{InvariantNumber.Format(selector.TransitionVolts)}))))";
    }

    private static SpiceNetlist BuildBench(
        CrossbarTileCircuit tile,
        Func<int, SourceWaveform> rowSource,
        AnalysisCommand analysis,
        IReadOnlyList<SpiceOption>? options,
        string title)
    {
        var items = new List<NetlistItem>();
        var allOptions = new List<SpiceOption>();
        if (tile.AccessTransistor is { } transistor)
        {
            allOptions.Add(new SpiceOption("gmin", transistor.GminSiemens));
        }

        allOptions.AddRange(options ?? []);
        if (allOptions.Count > 0)
        {
            items.Add(new OptionsDirective(allOptions));
        }

        var subcircuit = BuildSubcircuit(tile);
        items.Add(subcircuit);
        for (var i = 0; i < tile.Rows; i++)
        {
            items.Add(new VoltageSource(N.RowSource(i), N.SourceNode(tile, i), "0", rowSource(i)));
            if (tile.DriverOutputOhms > 0)
            {
                items.Add(new Resistor("Rdrv" + Index(i), N.SourceNode(tile, i), N.RowPort(i), tile.DriverOutputOhms));
            }
        }

        for (var j = 0; j < tile.Columns; j++)
        {
            var readout = tile.ReadoutInputOhms > 0 ? "ro" + Index(j) : "0";
            items.Add(new VoltageSource(N.ColumnSenseSource(j), N.ColumnPort(j), readout, 0.0));
            if (tile.ReadoutInputOhms > 0)
            {
                items.Add(new Resistor("Rro" + Index(j), readout, "0", tile.ReadoutInputOhms));
            }
        }

        items.Add(new SubcircuitInstance(N.TileInstance, subcircuit.Ports, subcircuit.Name));
        items.Add(analysis);
        return new SpiceNetlist(title, items);
    }


    private static void AddWires(CrossbarTileCircuit tile, List<NetlistItem> items)
    {
        if (tile.RowSegmentOhms > 0)
        {
            for (var i = 0; i < tile.Rows; i++)
            {
                for (var j = 0; j < tile.Columns; j++)
                {
                    var from = j == 0 ? N.RowPort(i) : N.RowNode(tile, i, j - 1);
                    items.Add(new Resistor($"Rr{Index(i)}_{Index(j)}", from, N.RowNode(tile, i, j), tile.RowSegmentOhms));
                }
            }
        }

        if (tile.ColumnSegmentOhms > 0)
        {
            for (var i = 0; i < tile.Rows; i++)
            {
                for (var j = 0; j < tile.Columns; j++)
                {
                    var to = i == tile.Rows - 1 ? N.ColumnPort(j) : N.ColumnNode(tile, i + 1, j);
                    items.Add(new Resistor($"Rc{Index(i)}_{Index(j)}", N.ColumnNode(tile, i, j), to, tile.ColumnSegmentOhms));
                }
            }
        }
    }

    /// <summary>One capacitor to ground per segment at its cell end (row node (i, j), column node (i, j)), after the
    /// resistors so that decks without capacitance keep their text.</summary>
    private static void AddWireCapacitors(CrossbarTileCircuit tile, List<NetlistItem> items)
    {
        if (tile.RowSegmentFarads > 0)
        {
            for (var i = 0; i < tile.Rows; i++)
            {
                for (var j = 0; j < tile.Columns; j++)
                {
                    items.Add(new Capacitor($"Cr{Index(i)}_{Index(j)}", N.RowNode(tile, i, j), "0", tile.RowSegmentFarads));
                }
            }
        }

        if (tile.ColumnSegmentFarads > 0)
        {
            for (var i = 0; i < tile.Rows; i++)
            {
                for (var j = 0; j < tile.Columns; j++)
                {
                    items.Add(new Capacitor($"Cc{Index(i)}_{Index(j)}", N.ColumnNode(tile, i, j), "0", tile.ColumnSegmentFarads));
                }
            }
        }
    }

    private static void AddCell(CrossbarTileCircuit tile, int i, int j, List<NetlistItem> items)
    {
        var g = tile.ConductanceSiemens(i, j);
        if (g == 0)
        {
            return;
        }

        var suffix = $"{Index(i)}_{Index(j)}";
        var row = N.RowNode(tile, i, j);
        var column = N.ColumnNode(tile, i, j);
        var middle = N.MiddleNode(i, j);
        switch (tile.CellKind)
        {
            case CrossbarCellKind.Selector:
                items.Add(new BehavioralSource("Bs" + suffix, row, middle, BehavioralSourceKind.Current, SelectorExpression(tile.Selector!, row, middle)));
                items.Add(new Resistor("Rm" + suffix, middle, column, 1 / g));
                break;
            case CrossbarCellKind.AccessTransistor:
                var t = tile.AccessTransistor!;
                items.Add(new Resistor("Rm" + suffix, row, middle, 1 / g));
                items.Add(new Mosfet("Ma" + suffix, middle, N.WordLine, column, "0", N.TransistorModel, [new("W", t.WidthMetres), new("L", t.LengthMetres)]));
                break;
            default:
                items.Add(new Resistor("Rm" + suffix, row, column, 1 / g));
                break;
        }
    }

    private static ModelCard TransistorModel(AccessTransistorParameters t) => new(N.TransistorModel, "NMOS",
    [
        new("LEVEL", 1), new("VTO", t.ThresholdVolts), new("KP", t.TransconductanceAmpsPerVoltSquared),
        new("LAMBDA", t.LambdaPerVolt), new("GAMMA", 0.0), new("PHI", 0.6), new("IS", 0.0), new("JS", 0.0),
        new("CBD", 0.0), new("CBS", 0.0), new("CJ", 0.0), new("CJSW", 0.0), new("CGSO", 0.0), new("CGDO", 0.0),
        new("CGBO", 0.0), new("RD", 0.0), new("RS", 0.0), new("LD", 0.0),
    ]);

    private static string Index(int value) => InvariantNumber.Format(value);
}
