using System.Collections.Concurrent;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// ngspice (Debian's libngspice0) in-process. ngspice keeps its circuit, plots and options in C globals,
/// so each concurrent run gets its own copy of the library, loaded under a distinct file name; copies are
/// pooled and reused. A copy that asks to be unloaded (ngspice's controlled exit) or cannot be halted is
/// discarded and a fresh one loaded, so an ngspice failure never reaches the host process.
/// </summary>
public sealed class NgspiceEngine : ISimulationEngine
{
    // BSIM3's parameter check always writes one of these into the process's working folder (an fopen with a
    // relative name inside ngspice). Those that were not there when the engine started are removed after runs.
    private static readonly string[] CheckLogs = ["b3v3_1check.log", "b3v3check.log", "b3v32check.log", "b3v33check.log"];

    private readonly ConcurrentBag<NgspiceSession> idle = [];
    private readonly string[] strayLogs = CheckLogs.Where(name => !File.Exists(name)).Select(Path.GetFullPath).ToArray();
    private readonly SemaphoreSlim slots;
    private bool disposed;

    /// <summary>Creates an engine that runs at most <paramref name="maxConcurrentRuns"/> simulations at once.</summary>
    public NgspiceEngine(int maxConcurrentRuns = 0)
    {
        MaxConcurrentRuns = maxConcurrentRuns > 0 ? maxConcurrentRuns : Environment.ProcessorCount;
        slots = new SemaphoreSlim(MaxConcurrentRuns, MaxConcurrentRuns);
    }

    /// <inheritdoc />
    public string Name => "ngspice";

    /// <summary>How many library copies may simulate at the same time.</summary>
    public int MaxConcurrentRuns { get; }

    /// <inheritdoc />
    public SimulationResult Run(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(disposed, this);
        var analysis = NgspiceDeck.ChooseAnalysis(request);
        var deck = NgspiceDeck.Lines(request.Netlist, analysis);

        slots.Wait(cancellationToken);
        NgspiceSession? session = null;
        try
        {
            session = idle.TryTake(out var reused) ? reused : NgspiceSession.Start();
            var raw = session.Run(deck, analysis is TranAnalysis, request.Timeout, request.Progress, cancellationToken);
            return NgspiceDeck.ToResult(analysis, raw);
        }
        finally
        {
            if (session != null)
            {
                if (session.IsBroken)
                {
                    session.Dispose();
                }
                else
                {
                    idle.Add(session);
                }
            }

            slots.Release();
            RemoveStrayLogs();
        }
    }

    private void RemoveStrayLogs()
    {
        foreach (var path in strayLogs)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Another run may be writing it at this moment; the next run removes it.
            }
            catch (UnauthorizedAccessException)
            {
                // A read-only working folder: ngspice could not have written there either.
            }
        }
    }

    /// <summary>Unloads every idle library copy.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }

        slots.Dispose();
    }
}
