using System.Text;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// Writes <c>lstm-ranges.csv</c> into a cosim run folder when a staged level ran LSTM cells, and reports every
/// pre-activation (or cell state) outside its circuit's characterised range as a warning line.
/// </summary>
internal static class LstmRangeReport
{
    /// <summary>File name in the run folder.</summary>
    public const string FileName = "lstm-ranges.csv";

    /// <summary>Writes the report of <paramref name="levels"/> (named <paramref name="names"/>) into <paramref name="directory"/>; warnings go to <paramref name="progress"/>.</summary>
    public static void Write(IReadOnlyList<object> levels, IReadOnlyList<string> names, string directory, IProgress<string>? progress)
    {
        var text = new StringBuilder("level,cell,signal,min,max,characterised_range,values,outside\n");
        var any = false;
        for (var l = 0; l < levels.Count; l++)
        {
            if (levels[l] is StagedLevel { RangeLog: { IsEmpty: false } log })
            {
                any = true;
                log.AppendCsv(text, names[l]);
                foreach (var warning in log.Warnings(names[l]))
                {
                    progress?.Report(warning);
                }
            }
        }

        if (any)
        {
            Core.IO.AtomicOutput.WriteText(Path.Combine(directory, FileName), text.ToString());
        }
    }
}
