using System.Diagnostics;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// A small tmpfs (<c>mount -t tmpfs -o size=…</c>) standing for a full disk; needs root (CAP_SYS_ADMIN), as on the CI.
/// <see cref="Permitted"/> probes once whether mounting works here.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private static readonly Lazy<string?> Refusal = new(Probe);

    private TmpfsMount(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    /// <summary>True when a tmpfs can be mounted here.</summary>
    public static bool Permitted => Refusal.Value is null;

    /// <summary>Why mounting is refused (mount's message), or null.</summary>
    public static string? Reason => Refusal.Value;

    /// <summary>Mounts a tmpfs of <paramref name="kibibytes"/> KiB on the empty folder <paramref name="path"/>.</summary>
    public static TmpfsMount Mount(string path, int kibibytes)
    {
        Directory.CreateDirectory(path);
        var error = Run("mount", "-t", "tmpfs", "-o", $"size={kibibytes}k", "tmpfs", path);
        return error is null ? new TmpfsMount(path) : throw new InvalidOperationException($"mount -t tmpfs on {path}: {error}");
    }

    /// <inheritdoc />
    public void Dispose() => Run("umount", Path);

    private static string? Probe()
    {
        var folder = Directory.CreateTempSubdirectory("crossbarspice-tmpfs-probe-").FullName;
        try
        {
            var error = Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", folder);
            if (error is null)
            {
                Run("umount", folder);
            }

            return error;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Runs a command; returns null on success, else what it printed (or why it could not start).</summary>
    private static string? Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"exit {process.ExitCode}: {errors.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return exception.Message;
        }
    }
}
