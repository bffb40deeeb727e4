using System.Diagnostics;

namespace CrossbarSpice.Cli.Tests.Report;

/// <summary>Debian's headless Chromium (package <c>chromium</c>, installed by tools/setup.sh) run on a local HTML file.</summary>
internal static class Chromium
{
    /// <summary>The browser's path, or null when it is not installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Whether the test run is a CI run (there the browser must be present: tools/setup.sh installs it).</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DOM of <paramref name="file"/> after its scripts ran (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string file, string profile) => Run(profile, "--dump-dom", new Uri(file).AbsoluteUri).Output;

    /// <summary>Writes a PNG screenshot of <paramref name="file"/> at <paramref name="png"/>.</summary>
    public static void Screenshot(string file, string png, string profile, int width, int height) =>
        Run(profile, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(file).AbsoluteUri);

    private static (string Output, string Errors) Run(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A profile of its own per test: no shared state, no first-run dialogs; no sandbox, since tests may run as root.
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 2 minutes");
        }

        Assert.True(process.ExitCode == 0, $"chromium exit {process.ExitCode}: {errors.Result}");
        return (output.Result, errors.Result);
    }
}
