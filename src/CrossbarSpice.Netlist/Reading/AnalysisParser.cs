using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Parses <c>.op</c>, <c>.dc</c> and <c>.tran</c>.</summary>
internal static class AnalysisParser
{
    /// <summary>The analysis for <paramref name="keyword"/> (lower case), or null when it is not one of these.</summary>
    public static AnalysisCommand? TryParse(TokenCursor cursor, string keyword)
    {
        AnalysisCommand? analysis = keyword switch
        {
            ".op" => new OpAnalysis(),
            ".dc" => new DcAnalysis(Sweep(cursor, "first"), cursor.AtEnd ? null : Sweep(cursor, "second")),
            ".tran" => ParseTran(cursor),
            _ => null,
        };
        if (analysis is not null)
        {
            cursor.End(keyword);
        }

        return analysis;
    }

    private static DcSweep Sweep(TokenCursor cursor, string which)
    {
        var source = cursor.Word($"the {which} swept source of .dc");
        return new DcSweep(
            source,
            cursor.Number($"the start of the .dc sweep of {source}"),
            cursor.Number($"the stop of the .dc sweep of {source}"),
            cursor.Number($"the step of the .dc sweep of {source}"));
    }

    private static TranAnalysis ParseTran(TokenCursor cursor)
    {
        var step = cursor.Number("the time step of .tran");
        var stop = cursor.Number("the stop time of .tran");
        double? start = null;
        double? maxStep = null;
        if (!cursor.AtEnd && !cursor.Peek()!.Value.IsKeyword("uic"))
        {
            start = cursor.Number("the start time of .tran");
            if (!cursor.AtEnd && !cursor.Peek()!.Value.IsKeyword("uic"))
            {
                maxStep = cursor.Number("the maximum step of .tran");
            }
        }

        return new TranAnalysis(step, stop, start, maxStep, cursor.TryKeyword("uic"));
    }
}
