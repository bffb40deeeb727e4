using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CrossbarSpice.Cli.Tests.Support;

/// <summary>
/// A <c>crossbar</c> process started in the background (as <see cref="CliRun.Start"/> runs it), so a test can interrupt
/// (SIGINT, as Ctrl-C does) or kill it (SIGKILL) while it runs.
/// </summary>
internal sealed partial class CliProcess : IDisposable
{
    private const int SigInt = 2;
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> errors;

    private CliProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Starts the built CLI from the repository root.</summary>
    public static CliProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CliRun.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crossbar.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Sends SIGINT (what Ctrl-C sends), unless the process has already ended.</summary>
    public void Interrupt()
    {
        if (!process.HasExited && Kill(process.Id, SigInt) != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"kill -INT {process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Sends SIGKILL: the process ends at once, running no handler.</summary>
    public void KillHard()
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException) when (process.HasExited)
        {
            // It ended on its own before the signal.
        }
    }

    /// <summary>Waits for the end (at most <paramref name="timeout"/>) and returns what it printed.</summary>
    public CliRun Wait(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"crossbar did not end within {timeout.TotalSeconds} s");
        }

        return new CliRun(process.ExitCode, output.Result, errors.Result);
    }

    /// <inheritdoc />
    public void Dispose() => process.Dispose();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
