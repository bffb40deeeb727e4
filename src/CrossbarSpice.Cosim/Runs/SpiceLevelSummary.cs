using System.Globalization;
using System.Text;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// <c>spice-level.txt</c> of a run that computed samples at the stage-by-stage <c>spice</c> level: how the tiles went
/// into ngspice (<see cref="SpiceArrays"/>) and the wall time of every stage, so results say how they were produced.
/// Wall times vary from run to run; no compared output holds them.
/// </summary>
public static class SpiceLevelSummary
{
    /// <summary>File name in the run folder.</summary>
    public const string FileName = "spice-level.txt";

    /// <summary>Writes the summary of the stage-by-stage spice level among <paramref name="levels"/> (nothing when there is none) and prints it.</summary>
    internal static void Write(IReadOnlyList<ILevelForward> levels, string directory, IProgress<string>? progress)
    {
        var spice = levels.OfType<StagedLevel>().Select(l => l.Evaluator).OfType<SpiceEvaluator>().FirstOrDefault();
        if (spice is null)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"spice arrays: {spice.Decks.Describe()}\n");
        text.Append("stage deck, wall s, lanes, ngspice runs\n");
        foreach (var (deck, wall, lanes, runs) in spice.StageTimes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{deck}, {wall.TotalSeconds:0.###}, {lanes}, {runs}\n");
        }

        Core.IO.AtomicOutput.WriteText(Path.Combine(directory, FileName), text.ToString());
        progress?.Report("  " + text.ToString().TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal));
    }
}
