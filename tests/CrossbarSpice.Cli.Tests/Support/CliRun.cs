using System.Diagnostics;

namespace CrossbarSpice.Cli.Tests.Support;

/// <summary>The outcome of one <c>crossbar</c> process run.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Repository root (the folder holding CrossbarSpice.sln).</summary>
    public static string RepositoryRoot => CrossbarSpice.Tests.Shared.RepositoryRoot.Path;

    /// <summary>Runs the built CLI (<c>dotnet crossbar.dll</c>) from the repository root.</summary>
    public static CliRun Start(params string[] arguments) => StartIn(RepositoryRoot, arguments);

    /// <summary>
    /// Runs the built CLI from the repository root, killing it after <paramref name="limit"/>: a guard against a hang,
    /// not a speed assertion (speed is shown by benchmarks), so give long runs a limit that a loaded machine keeps.
    /// </summary>
    public static CliRun StartWithin(TimeSpan limit, params string[] arguments) => StartIn(RepositoryRoot, limit, arguments);

    /// <summary>Runs the built CLI with <paramref name="workingDirectory"/> as its working directory.</summary>
    public static CliRun StartIn(string workingDirectory, params string[] arguments) => StartIn(workingDirectory, TimeSpan.FromMinutes(5), arguments);

    private static CliRun StartIn(string workingDirectory, TimeSpan limit, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crossbar.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"crossbar {string.Join(' ', arguments)} did not finish in {limit.TotalMinutes} minutes");
        }

        return new CliRun(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>Everything printed, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
