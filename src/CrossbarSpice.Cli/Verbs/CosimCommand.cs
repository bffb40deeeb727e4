using System.Globalization;
using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar cosim</c>: runs the co-simulation harness and prints the error budget (accuracy per level and the loss
/// of each level against the previous one) on stdout; progress on stderr.
/// </summary>
internal sealed class CosimCommand
{
    private readonly CosimOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public CosimCommand(CosimOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        options.SplitName();
        if (options.Samples < 1)
        {
            throw new InputException(new SourceLocation(null, Field: "--samples"), "must be ≥ 1");
        }

        var levels = OptionFields.Map(() => CosimLevels.Parse(options.Levels), (nameof(CosimRequest.Levels), "--levels"));
        var shard = options.Shard is null ? null : OptionFields.Map(() => SweepShard.Parse(options.Shard), (nameof(CosimRequest.Shard), "--shard"));
        var spiceArrays = OptionFields.Map(() => SpiceStageDecks.Parse(options.SpiceArrays), (nameof(CosimRequest.SpiceArrays), "--spice-arrays"));
        var data = options.Load();
        OptionFields.Map(() => DesignSamples.Check(options.Design, data, options.Samples), ("Samples", "--samples"));
        var request = new CosimRequest(options.Design, levels, options.Samples, options.Out)
        {
            SpiceWholeNetlist = options.WholeNetlist,
            SpiceArrays = spiceArrays,
            Shard = shard,
            SaveOutputs = options.SaveOutputs,
            Plots = true,
        };

        CosimReport report;
        try
        {
            report = OptionFields.Map(
                () => CosimRunner.Run(request, data, new SynchronousProgress(line => Console.Error.WriteLine(line)), cancellationToken),
                (nameof(CosimRequest.OutDirectory), "--out"),
                (nameof(CosimRequest.Samples), "--samples"));
        }
        catch (OperationCanceledException)
        {
            var progress = Path.Combine(CosimRunFolder.WorkFolder(options.Out), "samples.csv");
            Console.Error.WriteLine(File.Exists(progress)
                ? $"Interrupted; finished samples are kept in {progress}; rerun the same command to resume."
                : "Interrupted before any sample finished; nothing was kept.");
            return ExitCodes.Interrupted;
        }

        Provenance.Write(options.Out, [options.Design, options.Data, options.Labels, options.Classes]);
        if (shard is not null)
        {
            Console.WriteLine($"Shard {shard} of the run: {report.Samples.Count} sample(s) finished ({report.NewlyComputed} computed now) in {options.Out}");
            Console.WriteLine("Join every shard's folder with: ./crossbar cosim-merge --out <folder> <shard folders…>");
        }

        PrintBudget(report, options.Out);
        if (report.PlotFiles.Count > 0)
        {
            Console.WriteLine($"box plots of the level differences (seed 003 Fig. 7 form): {string.Join(", ", report.PlotFiles.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Prints the error budget of <paramref name="report"/>: accuracy per level and the loss against the previous level.</summary>
    internal static void PrintBudget(CosimReport report, string folder)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Error budget over {report.Samples.Count} sample(s) ({report.NewlyComputed} computed now); tables in {folder}"));
        Console.WriteLine("level           correct   accuracy   loss vs previous");
        for (var l = 0; l < report.Levels.Count; l++)
        {
            var loss = l == 0 ? "" : string.Create(inv, $"{100 * (report.Accuracy(l - 1) - report.Accuracy(l)),8:F2} pp");
            Console.WriteLine(string.Create(inv, $"{CosimLevels.Name(report.Levels[l]),-14}{report.Correct(l),8}   {100 * report.Accuracy(l),7:F2} %   {loss}"));
        }
    }
}
