using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>Writes <c>.op</c>, <c>.dc</c> and <c>.tran</c>.</summary>
internal static class AnalysisWriter
{
    public static string Write(AnalysisCommand analysis) => analysis switch
    {
        OpAnalysis => ".op",
        DcAnalysis dc => WriteDc(dc),
        TranAnalysis tran => WriteTran(tran),
        _ => throw new ArgumentException($"cannot write analysis type {analysis.GetType().Name}: it is not part of the supported subset"),
    };

    private static string WriteDc(DcAnalysis dc)
    {
        ArgumentNullException.ThrowIfNull(dc.Sweep);
        var line = new StatementBuilder(".dc", ".dc");
        foreach (var sweep in dc.OuterSweep is null ? [dc.Sweep] : new[] { dc.Sweep, dc.OuterSweep })
        {
            line.Name(sweep.Source, "swept source").Number(sweep.Start).Number(sweep.Stop).Number(sweep.Step);
        }

        return line.ToString();
    }

    private static string WriteTran(TranAnalysis tran)
    {
        var line = new StatementBuilder(".tran", ".tran").Number(tran.Step).Number(tran.Stop);
        if (tran.Start is not null || tran.MaxStep is not null)
        {
            line.Number(tran.Start ?? 0);
        }

        if (tran.MaxStep is { } maxStep)
        {
            line.Number(maxStep);
        }

        if (tran.UseInitialConditions)
        {
            line.Raw("uic");
        }

        return line.ToString();
    }
}
