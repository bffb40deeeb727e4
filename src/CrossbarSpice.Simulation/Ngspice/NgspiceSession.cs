using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// One initialised ngspice library copy. Not thread-safe: one run at a time (the engine's pool ensures it).
/// Runs go through ngspice's background thread (<c>bg_run</c>) so that a run past its deadline can be halted.
/// </summary>
internal sealed unsafe class NgspiceSession : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly NgspiceLibrary library;
    private readonly NgspiceLog log = new();
    private readonly ManualResetEventSlim backgroundDone = new(initialState: true);

    /// <summary>
    /// How long after ngspice's background thread reports its end the copy stays mapped before an unload: the thread
    /// still returns through the callback and the copy's code after that report (ngspice detaches it, so it cannot be
    /// joined), and unmapping the copy under it crashed the process (seen about once in ten test runs that dispose
    /// engines right after their last run).
    /// </summary>
    private static readonly TimeSpan UnloadGrace = TimeSpan.FromMilliseconds(250);

    private long backgroundEndedAt;
    private GCHandle self;
    private volatile bool exitRequested;
    private IProgress<SimulationProgress>? progress;
    private bool disposed;

    private NgspiceSession(NgspiceLibrary library)
    {
        this.library = library;
        self = GCHandle.Alloc(this);
    }

    /// <summary>True once ngspice asked to be unloaded or a run could not be stopped: do not reuse.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>True when a background run could not be halted: the library must never be unloaded.</summary>
    public bool IsAbandoned { get; private set; }

    /// <summary>Loads a private library copy and initialises ngspice with this session's callbacks.</summary>
    public static NgspiceSession Start()
    {
        var session = new NgspiceSession(NgspiceLibrary.LoadPrivateCopy());
        try
        {
            var user = GCHandle.ToIntPtr(session.self);
            NativeCallGuard.Enter();
            try
            {
                session.library.Init(
                (nint)(delegate* unmanaged<byte*, int, nint, int>)&OnSendChar,
                (nint)(delegate* unmanaged<byte*, int, nint, int>)&OnSendStatus,
                (nint)(delegate* unmanaged<int, byte, byte, int, nint, int>)&OnControlledExit,
                0,
                0,
                (nint)(delegate* unmanaged<byte, int, nint, int>)&OnBackgroundThread,
                user);
            }
            finally
            {
                NativeCallGuard.Exit();
            }

            session.Command("set nosighandling");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Loads <paramref name="deck"/> (SPICE text lines, title first, <c>.end</c> last), runs its analysis and
    /// returns the vectors of the plot it made, then frees the circuit and plots.
    /// </summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/> (the library copy is unloaded).</exception>
    public NgspiceRawResult Run(IReadOnlyList<string> deck, bool isTransient, TimeSpan timeout, IProgress<SimulationProgress>? progressSink, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (IsBroken)
        {
            throw new InvalidOperationException("this ngspice session is broken and must be disposed");
        }

        log.Clear();
        progress = progressSink;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            LoadCircuit(deck);
            RunInBackground(timeout, cancellationToken);
            NgspiceErrorClassifier.ThrowIfRunFailed(log, isTransient);
            var vectors = ReadCurrentPlot(out var plot);
            return new NgspiceRawResult(plot, vectors, log.Text, stopwatch.Elapsed);
        }
        finally
        {
            progress = null;
            if (!IsBroken)
            {
                Command("destroy all");
                Command("remcirc");
            }
        }
    }

    /// <summary>Frees the callbacks' handle and unloads the library copy (unless a thread of it still runs).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (IsAbandoned)
        {
            // Its background thread may still call back into this object: keep it, its handle and the
            // library mapped for the life of the process.
            return;
        }

        var ended = Interlocked.Read(ref backgroundEndedAt);
        if (ended != 0)
        {
            var since = Stopwatch.GetElapsedTime(ended);
            if (since < UnloadGrace)
            {
                Thread.Sleep(UnloadGrace - since);
            }
        }

        library.Dispose();
        if (self.IsAllocated)
        {
            self.Free();
        }

        backgroundDone.Dispose();
    }

    private void LoadCircuit(IReadOnlyList<string> deck)
    {
        var lines = new byte*[deck.Count + 1];
        try
        {
            for (var i = 0; i < deck.Count; i++)
            {
                lines[i] = (byte*)Marshal.StringToCoTaskMemUTF8(deck[i]);
            }

            int status;
            NativeCallGuard.Enter();
            try
            {
                fixed (byte** array = lines)
                {
                    status = library.Circ(array);
                }
            }
            finally
            {
                NativeCallGuard.Exit();
            }

            ThrowIfExitRequested("loading the circuit");
            NgspiceErrorClassifier.ThrowIfLoadFailed(log, status);
        }
        finally
        {
            foreach (var line in lines)
            {
                Marshal.FreeCoTaskMem((nint)line);
            }
        }
    }

    private void RunInBackground(TimeSpan timeout, CancellationToken cancellationToken)
    {
        backgroundDone.Reset();
        Command("bg_run");
        var deadline = Stopwatch.StartNew();
        while (!backgroundDone.Wait(PollInterval))
        {
            var timedOut = deadline.Elapsed > timeout;
            if (timedOut || cancellationToken.IsCancellationRequested)
            {
                Halt();
                if (timedOut)
                {
                    throw new SimulationTimeoutException(
                        $"ngspice did not finish within {timeout.TotalSeconds:0.###} s; the run was halted", "(timeout)", log.Text);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        if (exitRequested)
        {
            // The background thread ends with pthread_exit inside this copy: keep the copy mapped.
            IsAbandoned = true;
        }

        ThrowIfExitRequested("the analysis");
    }

    private void Halt()
    {
        Command("bg_halt");
        backgroundDone.Wait(TimeSpan.FromSeconds(5));

        // A halted run leaves ngspice mid-analysis: the copy is not used again. It is not unloaded either:
        // ngspice joins its background thread only when halting succeeds within its own 1 s, so the thread
        // may still be returning through this copy's code, and unmapping it under that thread would crash.
        IsBroken = true;
        IsAbandoned = true;
    }

    private List<SimulationVector> ReadCurrentPlot(out string plot)
    {
        var name = library.CurPlot();
        plot = name == null ? string.Empty : Marshal.PtrToStringUTF8((nint)name) ?? string.Empty;
        var names = new List<string>();
        var all = library.AllVecs(name);
        for (var i = 0; all != null && all[i] != null; i++)
        {
            names.Add(Marshal.PtrToStringUTF8((nint)all[i])!);
        }

        var vectors = new List<SimulationVector>(names.Count);
        foreach (var vectorName in names)
        {
            var qualified = Marshal.StringToCoTaskMemUTF8($"{plot}.{vectorName}");
            try
            {
                var info = library.GetVecInfo((byte*)qualified);
                if (info == null || info->RealData == null)
                {
                    continue;
                }

                var values = new double[info->Length];
                new ReadOnlySpan<double>(info->RealData, info->Length).CopyTo(values);
                vectors.Add(NgspiceVectorNames.ToVector(vectorName, info->Type, values));
            }
            finally
            {
                Marshal.FreeCoTaskMem(qualified);
            }
        }

        return vectors;
    }

    /// <summary>What ngspice prints for <paramref name="command"/> (e.g. <c>version -s</c>), one line each.</summary>
    internal string CommandOutput(string command)
    {
        log.Clear();
        Command(command);
        return log.Text;
    }

    /// <summary>Sends one ngspice command (as typed at its prompt); used for set-up and clean-up.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    internal void Command(string command)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var text = Marshal.StringToCoTaskMemUTF8(command);
        NativeCallGuard.Enter();
        try
        {
            library.Command((byte*)text);
        }
        finally
        {
            NativeCallGuard.Exit();
            Marshal.FreeCoTaskMem(text);
        }

        ThrowIfExitRequested($"the command '{command}'");
    }

    private void ThrowIfExitRequested(string during)
    {
        if (exitRequested)
        {
            IsBroken = true;
            var errors = log.ErrorLines();
            throw new EngineFailedException(
                $"ngspice failed unrecoverably during {during}: {NgspiceErrorClassifier.Summarise(errors)}",
                string.Join('\n', errors),
                log.Text);
        }
    }

    private static NgspiceSession? From(nint user) =>
        user == 0 ? null : GCHandle.FromIntPtr(user).Target as NgspiceSession;

    [UnmanagedCallersOnly]
    private static int OnSendChar(byte* text, int id, nint user)
    {
        // No exception may cross back into ngspice: every callback catches everything.
        try
        {
            From(user)?.log.Append(Marshal.PtrToStringUTF8((nint)text) ?? string.Empty);
        }
        catch (Exception)
        {
            // A lost log line is better than a crashed process.
        }

        return 0;
    }

    [UnmanagedCallersOnly]
    private static int OnSendStatus(byte* text, int id, nint user)
    {
        try
        {
            var session = From(user);
            if (session?.progress is { } sink && NgspiceStatus.TryParse(Marshal.PtrToStringUTF8((nint)text), out var status))
            {
                sink.Report(status);
            }
        }
        catch (Exception)
        {
            // Progress is advisory; a failing sink must not take the process down.
        }

        return 0;
    }

    [UnmanagedCallersOnly]
    private static int OnControlledExit(int status, byte immediate, byte quit, int id, nint user)
    {
        try
        {
            var session = From(user);
            if (session != null)
            {
                session.exitRequested = true;
                session.log.Append($"stderr (ngspice requested exit with status {status}{(quit != 0 ? ", on quit" : string.Empty)})");
            }
        }
        catch (Exception)
        {
            // The flag is set first; a failed log line changes nothing.
        }

        return 0;
    }

    [UnmanagedCallersOnly]
    private static int OnBackgroundThread(byte exited, int id, nint user)
    {
        try
        {
            if (exited != 0 && From(user) is { } session)
            {
                Interlocked.Exchange(ref session.backgroundEndedAt, Stopwatch.GetTimestamp());
                session.backgroundDone.Set();
            }
        }
        catch (Exception)
        {
            // Only reachable if the session was torn down; nobody waits any more.
        }

        return 0;
    }
}
