using System.Globalization;

namespace CrossbarSpice.Benchmarks;

/// <summary>The process's peak resident memory (Linux <c>VmHWM</c>), resettable per measurement.</summary>
internal static class PeakMemory
{
    /// <summary>Collects garbage and resets the kernel's peak-RSS mark (<c>echo 5 &gt; /proc/self/clear_refs</c>).</summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    /// <summary>Peak resident memory since the last <see cref="Reset"/>, bytes.</summary>
    public static long PeakBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }
}
