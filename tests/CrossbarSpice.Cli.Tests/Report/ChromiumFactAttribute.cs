namespace CrossbarSpice.Cli.Tests.Report;

/// <summary>
/// A fact that opens pages in headless Chromium. Skipped, saying why, only where the browser is missing and the run is
/// not CI; on CI (<c>CI=true</c>) it runs and fails without the browser, since tools/setup.sh installs it there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium is absent outside CI.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.OnCi)
        {
            Skip = "Debian's chromium is not installed (tools/setup.sh installs it; on CI this test runs)";
        }
    }
}
