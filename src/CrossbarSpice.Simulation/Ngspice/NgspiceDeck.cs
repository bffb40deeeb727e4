using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Prepares the deck handed to ngspice and names the vectors that come back.</summary>
internal static class NgspiceDeck
{
    /// <summary>The analysis to run: the request's, or the netlist's single one.</summary>
    /// <exception cref="InputException">No analysis given and the netlist has none or several.</exception>
    public static AnalysisCommand ChooseAnalysis(SimulationRequest request)
    {
        if (request.Analysis != null)
        {
            return request.Analysis;
        }

        var own = request.Netlist.Analyses.ToList();
        return own.Count switch
        {
            1 => own[0],
            0 => throw new InputException(new SourceLocation(request.Netlist.SourcePath), "the netlist has no analysis (.op, .dc or .tran); give one"),
            _ => throw new InputException(
                new SourceLocation(request.Netlist.SourcePath),
                $"the netlist has {own.Count} analyses; run them one at a time by choosing one"),
        };
    }

    /// <summary>SPICE lines of the netlist with <paramref name="analysis"/> as its only analysis and absolute includes.</summary>
    /// <exception cref="InputException">The includes loop or nest too deep (ngspice would overflow its stack).</exception>
    public static IReadOnlyList<string> Lines(SpiceNetlist netlist, AnalysisCommand analysis)
    {
        var baseDirectory = netlist.SourcePath is { } path
            ? Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory()
            : Directory.GetCurrentDirectory();
        IncludeTree.Check(netlist, baseDirectory);
        var prepared = netlist.WithIncludesResolved(baseDirectory).WithAnalyses([analysis]);
        var text = SpiceNetlistWriter.Write(prepared);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Orders the vectors (axis, voltages, currents, others; each by name) and names the sweep axis.</summary>
    public static SimulationResult ToResult(AnalysisCommand analysis, NgspiceRawResult raw)
    {
        var kind = analysis switch
        {
            OpAnalysis => "op",
            DcAnalysis => "dc",
            TranAnalysis => "tran",
            _ => raw.Plot.TrimEnd("0123456789".ToCharArray()),
        };
        var vectors = raw.Vectors.Select(v => v.Quantity == VectorQuantity.Sweep && analysis is DcAnalysis dc
                ? new SimulationVector(dc.Sweep.Source.ToLowerInvariant(), VectorQuantity.Sweep, [.. v.Values])
                : v)
            .OrderBy(v => v.Quantity switch
            {
                VectorQuantity.Time or VectorQuantity.Sweep => 0,
                VectorQuantity.Voltage => 1,
                VectorQuantity.Current => 2,
                _ => 3,
            })
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return new SimulationResult(kind, vectors, raw.Log, raw.Elapsed);
    }
}
