using CrossbarSpice.Cosim.Runs;
namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// The files of an uninterrupted run's output folder (relative path → bytes), and the checks of what an interrupted
/// run may leave: complete files of those bytes, the resumable progress file with whole rows of the uninterrupted
/// run's, and — only after SIGKILL, which runs no handler — the temporary files of the write under way, which the
/// rerun must remove.
/// </summary>
internal sealed class OutputSnapshot
{
    private OutputSnapshot(string progressFile, IReadOnlyDictionary<string, byte[]> files)
    {
        ProgressFile = progressFile;
        Files = files;
    }

    /// <summary>The folder a resumable run may work in until it is complete (cosim's <c>&lt;out&gt;.partial</c>), relative
    /// to the run folder.</summary>
    private const string ResumeFolder = "out.partial/";

    /// <summary>Name of the verb's resumable progress file (samples.csv, progress.csv), or empty when it has none.</summary>
    public string ProgressFile { get; }

    /// <summary>Every file of the folder, relative path with '/' → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Reads every file under <paramref name="folder"/>.</summary>
    public static OutputSnapshot Of(string folder, string progressFile) => new(progressFile, Read(folder));

    /// <summary>True when the path is a temporary of an atomic write (a folder or file named <c>….partial…</c> or
    /// <c>….previous-…</c>).</summary>
    public static bool IsTemporary(string relativePath) =>
        relativePath.Split('/').Any(part => part.Contains(".partial", StringComparison.Ordinal) || part.Contains(".previous-", StringComparison.Ordinal));

    /// <summary>
    /// The problems of what an interrupted run left in <paramref name="runFolder"/> (its output folder is
    /// <c>out</c>): every file is a complete output file (the bytes of the uninterrupted run's file of that name),
    /// the progress file holds whole rows of the uninterrupted run's, and temporary files are allowed only when
    /// <paramref name="killed"/>. With <paramref name="atomicFolder"/>, the output folder is absent or whole.
    /// </summary>
    public List<string> ProblemsAfterInterrupt(string runFolder, bool killed, bool atomicFolder)
    {
        var problems = new List<string>();
        var output = Path.Combine(runFolder, "out");
        var rows = ProgressFile.Length == 0 || !Files.TryGetValue(ProgressFile, out var progress)
            ? []
            : System.Text.Encoding.UTF8.GetString(progress).Split('\n').ToHashSet(StringComparer.Ordinal);
        foreach (var (relative, bytes) in Read(runFolder))
        {
            var name = Path.GetFileName(relative);
            if (ProgressFile.Length > 0 && name == ProgressFile)
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                if (text.Length > 0 && !text.EndsWith('\n'))
                {
                    problems.Add($"{relative}: ends in a half-written row");
                }

                problems.AddRange(text.Split('\n').Where(row => row.Length > 0 && !rows.Contains(row)).Take(3).Select(row => $"{relative}: row '{row}' is not a row of the uninterrupted run"));
                continue;
            }

            // A complete output file, in the output folder or in the folder a resumable run works in until it is
            // complete (cosim: <out>.partial).
            var inOutput = relative.StartsWith(ResumeFolder, StringComparison.Ordinal) ? relative[ResumeFolder.Length..]
                : relative.StartsWith("out/", StringComparison.Ordinal) ? relative["out/".Length..]
                : null;
            if (inOutput is not null && Files.TryGetValue(inOutput, out var expected) && expected.AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            if (IsTemporary(relative) && killed)
            {
                // The temporary of a write a SIGKILL cut short: the rerun must remove it.
                continue;
            }

            problems.Add(IsTemporary(relative)
                ? $"{relative}: a temporary file left after an interrupt (the run could clean up)"
                : $"{relative}: not a complete output file (its bytes are not the uninterrupted run's)");
        }

        if (atomicFolder && Directory.Exists(output) && !SameFiles(Read(output)))
        {
            problems.Add("out: exists but is not the whole output (written atomically, it must be absent or complete)");
        }

        return problems;
    }

    /// <summary>True when <paramref name="folder"/> holds exactly these files with these bytes.</summary>
    public bool SameAs(string folder) => SameFiles(Read(folder));

    /// <summary>The first difference between <paramref name="folder"/> and this snapshot, for a message.</summary>
    public string Difference(string folder)
    {
        var actual = Read(folder);
        var missing = Files.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(Files.Keys).Order(StringComparer.Ordinal).ToList();
        var differ = Files.Keys.Intersect(actual.Keys).Where(k => !Files[k].AsSpan().SequenceEqual(actual[k])).Order(StringComparer.Ordinal).ToList();
        return $"missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}], different bytes [{string.Join(", ", differ)}]";
    }

    private bool SameFiles(Dictionary<string, byte[]> actual) =>
        actual.Count == Files.Count && actual.All(p => Files.TryGetValue(p.Key, out var expected) && expected.AsSpan().SequenceEqual(p.Value));

    private static Dictionary<string, byte[]> Read(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != Provenance.FileName) // names the run's own paths: not compared
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
