using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cli.Terminal;

/// <summary>
/// Shows a running analysis's progress on stderr: an updating line on a terminal, a line per quarter when
/// stderr is redirected (CI logs). Silent for runs that finish within the first second.
/// </summary>
internal sealed class TerminalProgress : IProgress<SimulationProgress>, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock gate = new();
    private readonly string label;
    private int lastQuarter = -1;
    private bool drewLine;

    /// <summary>Creates a progress display for one analysis of one netlist.</summary>
    public TerminalProgress(string label) => this.label = label;

    /// <inheritdoc />
    public void Report(SimulationProgress value)
    {
        if (clock.Elapsed < Quiet)
        {
            return;
        }

        lock (gate)
        {
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write($"\r  {label}: {value.Analysis} {value.Percent,5:0.0} %   ");
                drewLine = true;
                return;
            }

            var quarter = (int)(value.Percent / 25);
            if (quarter > lastQuarter)
            {
                lastQuarter = quarter;
                Console.Error.WriteLine($"  {label}: {value.Analysis} {value.Percent:0} %");
            }
        }
    }

    /// <summary>Ends the updating line, if one was drawn.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (drewLine)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
