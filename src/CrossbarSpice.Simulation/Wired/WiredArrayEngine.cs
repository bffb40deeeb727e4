using System.Collections.Concurrent;
using System.Diagnostics;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Wired;

/// <summary>
/// The <c>wired</c> fidelity level behind the engine interface: answers the operating point of a crossbar deck
/// written by compile-weights with the exact array solver instead of ngspice. Every tile is solved with its
/// wire segments, cells (ohmic, 1S1M or 1T1M) and row drivers, its columns held at the readout's ideal
/// virtual ground; partial currents of row tiles add. It returns the vectors the manifest names: the sense
/// currents <c>i(vsense{c})</c> of a current readout, or for a differential readout the ideal periphery's
/// outputs <c>v(y{j})</c> = RF·(I+ − I−) together with the column currents as <c>i(col{c})</c>.
/// Factorisations are kept per tile, so repeated runs on one design cost one solve per tile.
/// </summary>
public sealed class WiredArrayEngine : ISimulationEngine
{
    private readonly ConcurrentDictionary<string, CompiledDesignFolder> designs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (CrossbarArraySolver Solver, Lock Gate)> solvers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "wired (exact array solver)";

    /// <inheritdoc />
    public SimulationResult Run(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        var deckPath = request.Netlist.SourcePath
            ?? throw new InputException(new SourceLocation(null), "the wired engine solves decks read from a compiled design folder");
        if (request.Analysis is not (null or OpAnalysis) || request.Netlist.Analyses.Any(a => a is not OpAnalysis))
        {
            throw new InputException(new SourceLocation(deckPath), "the wired engine answers operating points (.op) only");
        }

        var root = CompiledDesignFolder.RootOf(deckPath)
            ?? throw new InputException(new SourceLocation(deckPath), "no manifest.json in or above the deck's folder");
        var design = designs.GetOrAdd(root, CompiledDesignFolder.Read);
        var crossbar = design.CrossbarOfDeck(deckPath);
        if (design.Manifest.Options.Driver != DriverKind.Ideal)
        {
            throw new InputException(new SourceLocation(deckPath), $"the wired level models ideal row drivers; this design has {design.Manifest.Options.Driver} drivers (simulate it with ngspice)");
        }

        var rowVolts = RowVolts(request, crossbar, deckPath);
        var layer = design.Plan.Layer(crossbar.Name);
        var columns = new double[layer.Layout.Columns];
        foreach (var tile in layer.Tiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (solver, gate) = solvers.GetOrAdd($"{root}|{crossbar.Name}|{tile.Block.Name}", _ => (new CrossbarArraySolver(TileCircuits.For(tile, design.Manifest.Options)), new Lock()));
            var partial = new double[tile.Block.ColumnCount];
            lock (gate)
            {
                solver.SolveColumnCurrents(rowVolts.AsSpan(tile.Block.RowStart, tile.Block.RowCount), partial);
            }

            for (var c = 0; c < partial.Length; c++)
            {
                columns[tile.Block.ColumnStart + c] += partial[c];
            }
        }

        return new SimulationResult("op", Vectors(crossbar, columns), $"wired: {layer.Tiles.Count} tile(s) solved by the array solver", stopwatch.Elapsed);
    }

    /// <summary>Frees every factorisation.</summary>
    public void Dispose()
    {
        foreach (var (solver, _) in solvers.Values)
        {
            solver.Dispose();
        }

        solvers.Clear();
    }

    private static double[] RowVolts(SimulationRequest request, ManifestCrossbar crossbar, string deckPath)
    {
        var sources = request.Netlist.Items.OfType<VoltageSource>().ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
        var rows = new double[crossbar.Inputs + (crossbar.BiasNet is null ? 0 : 1)];
        for (var i = 0; i < rows.Length; i++)
        {
            var name = i < crossbar.Inputs ? $"Vin{i}" : "Vbias";
            if (!sources.TryGetValue(name, out var source) || !source.Waveform.Dc.IsNumber)
            {
                throw new InputException(new SourceLocation(deckPath, Field: name), "expected the input source with a numeric DC value");
            }

            rows[i] = source.Waveform.Dc.NumberValue;
        }

        return rows;
    }

    private static List<SimulationVector> Vectors(ManifestCrossbar crossbar, double[] columns)
    {
        var vectors = new List<SimulationVector>();
        foreach (var output in crossbar.OutputNets)
        {
            if (output.Net is { } net)
            {
                var plus = columns[2 * output.Index];
                var minus = columns[(2 * output.Index) + 1];
                vectors.Add(new SimulationVector($"v({net})", VectorQuantity.Voltage, [crossbar.FeedbackOhms * (plus - minus)]));
            }
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var name = crossbar.OutputNets.Count > 0 && crossbar.OutputNets[0].Net is null ? $"i(vsense{c})" : $"i(col{c})";
            vectors.Add(new SimulationVector(name, VectorQuantity.Current, [columns[c]]));
        }

        return vectors;
    }
}
