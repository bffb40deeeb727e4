using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar sweep</c>: runs a robustness sweep (or one shard of it), then, for a whole sweep, writes the tables and
/// the plot and prints the summary on stdout; progress on stderr.
/// </summary>
internal sealed class SweepCommand
{
    /// <summary>The request fields the sweep library names in its errors, and the options that set them.</summary>
    private static readonly (string Field, string Option)[] Options =
    [
        (nameof(CosimRequest.Levels), "--level"),
        (nameof(SweepRequest.Level), "--level"),
        (nameof(SweepRequest.Vary), "--vary"),
        (nameof(SweepRequest.Faults), "--fault"),
        (nameof(SweepRequest.StuckBoth), "--stuck-both"),
        (nameof(SweepRequest.WeightLevels), "--weight-levels"),
        (nameof(SweepRequest.Seeds), "--seeds"),
        (nameof(SweepRequest.Shard), "--shard"),
        (nameof(SweepRequest.OutDirectory), "--out"),
        (nameof(SweepRequest.Samples), "--samples"),
    ];

    private readonly SweepOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public SweepCommand(SweepOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var request = OptionFields.Map(Request, Options);
        var data = options.Load();
        SweepRun run;
        try
        {
            run = OptionFields.Map(() => SweepRunner.Run(request, data, new SynchronousProgress(line => Console.Error.WriteLine(line)), cancellationToken), Options);
        }
        catch (OperationCanceledException)
        {
            var progress = Path.Combine(options.Out, SweepProgressFile.FileName);
            Console.Error.WriteLine(File.Exists(progress)
                ? $"Interrupted; finished points are kept in {progress}; rerun the same command to resume."
                : "Interrupted before the first point finished; nothing was written.");
            return ExitCodes.Interrupted;
        }

        var computed = $"{run.NewlyComputed} of {run.Expected} unit(s) computed now";
        Provenance.Write(options.Out, [options.Design, options.Data, options.Labels, options.Classes], request.Seeds.Select((seed, i) => (seed, i)).ToDictionary(p => $"seed{p.i}", p => p.seed));
        if (run.Document.Shard is { } shard)
        {
            Console.WriteLine($"Shard {shard} of the sweep {run.Document.SpecSha256[..12]}: {run.Results.Count}/{run.Expected} unit(s) finished ({computed}) in {options.Out}");
            Console.WriteLine("Join every shard's folder with: ./crossbar sweep-merge --out <folder> <shard folders…>");
            return ExitCodes.Success;
        }

        var summary = SweepOutputs.Write(run.Document, run.Results, options.Out);
        SweepReportPrinter.Print(summary, options.Out, computed);
        return ExitCodes.Success;
    }

    private SweepRequest Request()
    {
        var split = options.SplitName();
        if (options.Samples < 1)
        {
            throw new InputException(new SourceLocation(null, Field: "--samples"), "must be ≥ 1");
        }

        if (options.Seeds is < 1 or > 10000 || options.FirstSeed > long.MaxValue - options.Seeds)
        {
            throw new InputException(new SourceLocation(null, Field: "--seeds"), "must be 1 … 10000 seeds");
        }

        var levels = CosimLevels.Parse([options.Level]);
        if (levels.Count != 1)
        {
            throw new InputException(new SourceLocation(null, Field: "--level"), "give one level: mapped, wired or characterised");
        }

        var vary = SweepVary.Parse(options.Vary);
        var faults = options.Fault.Any() ? SweepNames.FaultModes(options.Fault) : null;
        var seeds = Enumerable.Range(0, options.Seeds).Select(i => options.FirstSeed + i).ToList();
        var shard = options.Shard is null ? null : SweepShard.Parse(options.Shard);
        var stuckBoth = options.StuckBoth is null ? StuckBoth.Independent : SweepNames.StuckBoth(options.StuckBoth);
        if (options.StuckBoth is not null && faults?.Contains(FaultMode.Both) != true)
        {
            throw new InputException(new SourceLocation(null, Field: "--stuck-both"), "defines the 'both' fault mode; add both to --fault");
        }

        return new SweepRequest(options.Design, options.IsFashionMnist ? DataSetOptions.FashionMnistName : options.Data, split, options.Samples, levels[0], vary, faults, seeds, shard, options.Out, stuckBoth, options.WeightLevels);
    }

}
