namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// Option defaults that name files shipped with CrossbarSpice (e.g. <c>device-cards/cmos-180nm.json</c>), resolved so
/// that <c>crossbar</c> works from any directory: the path relative to the working directory when it exists there (the
/// repository root, as before, so manifests keep recording <c>device-cards/…</c>), else under the install root. A path the
/// user gives is never resolved: it stays relative to the working directory.
/// </summary>
internal static class DefaultPaths
{
    /// <summary>Environment variable naming the install root explicitly (the folder holding <c>device-cards/</c>).</summary>
    public const string RootVariable = "CROSSBARSPICE_HOME";

    /// <summary>The default CMOS process card, relative to the install root.</summary>
    public const string ProcessCard = "device-cards/cmos-180nm.json";

    /// <summary>
    /// The install root: <see cref="RootVariable"/> when set, else the nearest folder above the program's own folder
    /// (e.g. <c>.build/cli/</c> inside the repository) that holds <c>device-cards/</c>; null when there is none.
    /// </summary>
    public static string? Root()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root)
        {
            return Path.GetFullPath(root);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "device-cards")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// A path the user gave to a file that ships with CrossbarSpice (<c>device-cards/…</c>, <c>netlists/examples/…</c>):
    /// as given when it exists relative to the working directory (or is absolute, or names no shipped file), else the
    /// shipped copy under <see cref="Root"/>, so that an installed tool runs the README's commands from any folder.
    /// </summary>
    public static string Shipped(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        if (Path.IsPathRooted(given) || File.Exists(given) || Root() is not { } root)
        {
            return given;
        }

        var normalised = given.Replace('\\', '/');
        var installed = Path.Combine(root, normalised);
        return (normalised.StartsWith("device-cards/", StringComparison.Ordinal) || normalised.StartsWith("netlists/examples/", StringComparison.Ordinal)) && File.Exists(installed)
            ? installed
            : given;
    }

    /// <summary>
    /// <paramref name="given"/> when the user gave a path; else the shipped file <paramref name="shipped"/>: relative to
    /// the working directory when it exists there, otherwise under <see cref="Root"/> (the relative path when neither
    /// exists, so the error names the default).
    /// </summary>
    public static string Resolve(string? given, string shipped)
    {
        if (given is not null)
        {
            return given;
        }

        if (File.Exists(shipped) || Root() is not { } root)
        {
            return shipped;
        }

        var installed = Path.Combine(root, shipped);
        return File.Exists(installed) ? installed : shipped;
    }
}
