using System.Globalization;
using System.Text;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The closing lines of a run that computed samples at the stage-by-stage <c>spice</c> level: how the tiles went into
/// ngspice (<see cref="SpiceArrays"/>) and the wall time of every stage, so results say how they were produced. Printed
/// with the run's summary, not written into the output folder: wall times vary from run to run, and a folder merged
/// from shards must equal the unsharded run's file for file.
/// </summary>
public static class SpiceLevelSummary
{
    /// <summary>Prints the summary of the stage-by-stage spice level among <paramref name="levels"/> (nothing when there is none).</summary>
    internal static void Report(IReadOnlyList<ILevelForward> levels, IProgress<string>? progress)
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

        progress?.Report("  " + text.ToString().TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal));
    }
}
