using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// A 64 KiB tmpfs as the output of compile-weights, cosim and sweep, standing for a full disk: exit 1 with one
/// <c>Error:</c> line naming the output path, no temporary file left, and nothing half-written: compile-weights leaves
/// nothing; cosim and sweep leave only complete files of an unconstrained run and whole rows of their progress file,
/// from which a rerun on a disk with room resumes. Skipped (and so counted) where mounting a tmpfs is not permitted.
/// </summary>
public sealed class DiskFullTests(BcuSmallDesign design) : IClassFixture<BcuSmallDesign>
{
    private const int DiskKibibytes = 64;

    [TmpfsFact]
    public void CompileWeights_OutOnAFullDisk_ExitsOneNamingThePathAndLeavesNothing()
    {
        using var scratch = new ScratchDirectory();
        using var disk = TmpfsMount.Mount(scratch.Combine("disk"), DiskKibibytes);
        var target = Path.Combine(disk.Path, "out");

        var run = CliRun.Start([.. BcuSmallDesign.CompileArguments, "--out", target]);

        AssertRefusedNaming(run, target);
        Assert.Empty(Directory.GetFileSystemEntries(disk.Path));
    }

    [TmpfsFact]
    public void Cosim_OutOnAFullDisk_ExitsOneNamingThePathAndLeavesOnlyCompleteFiles() => FullDisk("cosim");

    [TmpfsFact]
    public void Sweep_OutOnAFullDisk_ExitsOneNamingThePathAndLeavesOnlyCompleteFiles() => FullDisk("sweep");

    private void FullDisk(string verb)
    {
        using var scratch = new ScratchDirectory();
        var (arguments, _) = design.Command(verb);
        var expected = design.Reference(verb).Output;
        var problems = new List<string>();
        using (var disk = TmpfsMount.Mount(scratch.Combine("disk"), DiskKibibytes))
        {
            var target = Path.Combine(disk.Path, "out");

            var run = CliRun.Start([.. arguments, "--out", target]);

            AssertRefusedNaming(run, target);
            problems.AddRange(expected.ProblemsAfterInterrupt(disk.Path, killed: false, atomicFolder: false));
            Assert.True(problems.Count == 0, string.Join('\n', problems));

            // What the full disk left is a resumable run: copied to a disk with room, the rerun ends as the unconstrained run.
            var roomy = scratch.Combine("roomy");
            CopyDirectory(disk.Path, roomy);
            var resumed = CliRun.Start([.. arguments, "--out", Path.Combine(roomy, "out")]);
            Assert.True(resumed.ExitCode == 0, resumed.ToString());
            Assert.True(expected.SameAs(Path.Combine(roomy, "out")), expected.Difference(Path.Combine(roomy, "out")));
        }
    }

    private static void AssertRefusedNaming(CliRun run, string target)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("Unhandled exception", run.Errors, StringComparison.Ordinal);
        var error = Assert.Single(run.Errors.Split('\n'), line => line.StartsWith("Error: ", StringComparison.Ordinal));
        Assert.Contains(target, error, StringComparison.Ordinal);
        Assert.True(error.Contains("disk is full", StringComparison.Ordinal) || error.Contains("No space left", StringComparison.Ordinal) || error.Contains("disk was full", StringComparison.Ordinal), error);
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
