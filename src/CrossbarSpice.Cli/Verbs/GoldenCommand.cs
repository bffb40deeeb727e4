using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Golden;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cli.Verbs;

/// <summary><c>crossbar golden check|update</c>: the golden co-simulation cases (golden/cosim/README.md).</summary>
internal sealed class GoldenCommand
{
    private readonly GoldenOptions options;

    /// <summary>Creates the command.</summary>
    public GoldenCommand(GoldenOptions options) => this.options = options;

    /// <summary>Runs the verb; returns 0 when every case passes (or was updated), 2 when one is out of tolerance.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var update = options.Action switch
        {
            "check" => false,
            "update" => true,
            _ => throw new InputException(new SourceLocation(null, Field: "action"), $"expected check or update, found '{options.Action}'"),
        };
        var cases = GoldenRunner.Cases(options.Root, options.Case);
        var data = FashionMnist.LoadSamples(DatasetSplit.Test, options.DataFolder);
        var progress = new SynchronousProgress(line => Console.Error.WriteLine(line));
        var failed = 0;
        foreach (var folder in cases)
        {
            if (update)
            {
                var recording = GoldenRunner.Update(folder, data, progress, cancellationToken);
                Console.Out.WriteLine($"golden {Path.GetFileName(folder)}: recorded {recording.Outputs.Rows.Count} output(s) in {Path.Combine(folder, "outputs.csv")}");
                foreach (var gap in recording.Gaps)
                {
                    Console.Out.WriteLine($"  {gap.Describe()}");
                }

                continue;
            }

            var comparison = GoldenRunner.Check(folder, data, progress, cancellationToken);
            Console.Out.Write(comparison.Describe());
            failed += comparison.Passed ? 0 : 1;
        }

        if (failed > 0)
        {
            Console.Error.WriteLine($"Error: {failed} of {cases.Count} golden case(s) differ from their recorded outputs (see above); if the change is intended, record it with ./crossbar golden update and say why in the commit");
        }

        return failed > 0 ? ExitCodes.OutsideTolerance : ExitCodes.Success;
    }
}
