using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Core.Tests.IO;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("crossbarspice-core-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void WriteDirectory_Success_MovesCompleteFolderIntoPlace()
    {
        var target = Path.Combine(root, "out");

        AtomicOutput.WriteDirectory(target, temporary => File.WriteAllText(Path.Combine(temporary, "a.csv"), "x\n"));

        Assert.Equal("x\n", File.ReadAllText(Path.Combine(target, "a.csv")));
        Assert.Equal([target], Directory.GetDirectories(root));
    }

    [Fact]
    public void WriteDirectory_WriterThrows_LeavesNoFolderAndNoTemporary()
    {
        var target = Path.Combine(root, "out");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteDirectory(target, temporary =>
        {
            File.WriteAllText(Path.Combine(temporary, "half.csv"), "partial");
            throw new InvalidOperationException("failed half-way");
        }));

        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void WriteDirectory_WriterThrows_KeepsPreviousResultsUntouched()
    {
        var target = Path.Combine(root, "out");
        AtomicOutput.WriteDirectory(target, temporary => File.WriteAllText(Path.Combine(temporary, "old.csv"), "old"));

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteDirectory(target, _ => throw new InvalidOperationException()));

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "old.csv")));
    }

    [Fact]
    public void WriteDirectory_ExistingFolder_IsReplacedWhole()
    {
        var target = Path.Combine(root, "out");
        AtomicOutput.WriteDirectory(target, temporary => File.WriteAllText(Path.Combine(temporary, "old.csv"), "old"));

        AtomicOutput.WriteDirectory(target, temporary => File.WriteAllText(Path.Combine(temporary, "new.csv"), "new"));

        Assert.Equal(["new.csv"], Directory.GetFiles(target).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteText_WritesLfTextWithoutTemporaryLeftOver()
    {
        var path = Path.Combine(root, "sub", "file.txt");

        AtomicOutput.WriteText(path, "a\nb\n");

        Assert.Equal("a\nb\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.Combine(root, "sub")));
    }

    [Fact]
    public void WriteDirectory_PathThroughAFile_NamesThePathAndWhatWasExpected()
    {
        var file = Path.Combine(root, "plain");
        File.WriteAllText(file, "x");
        var target = Path.Combine(file, "x");

        var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => AtomicOutput.WriteDirectory(target, _ => { }));

        Assert.Equal(target, error.Location.File);
        Assert.Contains($"cannot create the output folder: '{file}' is a file, not a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDirectory_TargetIsAFile_NamesIt()
    {
        var target = Path.Combine(root, "plain");
        File.WriteAllText(target, "x");

        var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => AtomicOutput.WriteDirectory(target, _ => { }));

        Assert.Contains($"the output folder '{target}' is a file; expected a folder", error.Message, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(target));
    }

    [Fact]
    public void WriteText_PathThroughAFileOrOntoAFolder_NamesThePath()
    {
        var file = Path.Combine(root, "plain");
        File.WriteAllText(file, "x");

        var through = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => AtomicOutput.WriteText(Path.Combine(file, "a.csv"), "y"));
        var onto = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => AtomicOutput.WriteText(root, "y"));

        Assert.Contains($"'{file}' is a file, not a folder", through.Message, StringComparison.Ordinal);
        Assert.Contains("is a folder; expected a file path", onto.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PathThroughAFile_NamesIt()
    {
        var file = Path.Combine(root, "plain");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => OutputFolder.Create(Path.Combine(file, "deeper", "x")));

        Assert.Contains($"'{file}' is a file, not a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDirectory_TemporaryOfAKilledProcess_IsRemovedByTheNextWrite()
    {
        var target = Path.Combine(root, "out");
        var stale = Path.Combine(root, $".out.partial-{EndedProcessId()}");
        Directory.CreateDirectory(Path.Combine(stale, "fc1"));
        File.WriteAllText(Path.Combine(stale, "fc1", "half.sub"), "half");
        var previous = Path.Combine(root, $".out.previous-{EndedProcessId()}");
        Directory.CreateDirectory(previous);

        AtomicOutput.WriteDirectory(target, temporary => File.WriteAllText(Path.Combine(temporary, "a.csv"), "x\n"));

        Assert.Equal([target], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void WriteText_TemporaryOfARunningProcess_IsLeftAlone()
    {
        using var running = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "30"))!;
        try
        {
            var path = Path.Combine(root, "table.csv");
            var theirs = Path.Combine(root, $".table.csv.partial-{running.Id}");
            var stale = Path.Combine(root, $".table.csv.partial-{EndedProcessId()}");
            File.WriteAllText(theirs, "being written");
            File.WriteAllText(stale, "left by a killed run");

            AtomicOutput.WriteText(path, "a\n");

            Assert.Equal([theirs, path], Directory.GetFiles(root).Order(StringComparer.Ordinal));
        }
        finally
        {
            running.Kill();
        }
    }

    [Fact]
    public void WriteFile_SaveThrows_LeavesNeitherFileNorTemporary()
    {
        var path = Path.Combine(root, "plot.png");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteFile(path, temporary =>
        {
            Assert.EndsWith(".png", temporary, StringComparison.Ordinal);
            File.WriteAllText(temporary, "half a plot");
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Check_PathThroughAFile_NamesItAndCreatesNothing()
    {
        var file = Path.Combine(root, "a-file");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => OutputFolder.Check(Path.Combine(file, "run")));
        var fresh = OutputFolder.Check(Path.Combine(root, "new", "run"));

        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(root, "new", "run"), fresh);
        Assert.False(Directory.Exists(Path.Combine(root, "new")));
    }

    [Fact]
    public void DurableAppend_Rows_AreAppendedWhole()
    {
        var path = Path.Combine(root, "progress.csv");

        DurableAppend.Write(path, "unit,correct\n", "progress file");
        DurableAppend.Write(path, "0,7\n1,8\n", "progress file");

        Assert.Equal("unit,correct\n0,7\n1,8\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData(28)] // ENOSPC
    [InlineData(122)] // EDQUOT
    [InlineData(112)] // ERROR_DISK_FULL
    public void IsDiskFull_DiskFullCodes_True(int code) => Assert.True(OutputFolder.IsDiskFull(new IOException("full", code)));

    [Fact]
    public void IsDiskFull_OtherErrors_False()
    {
        Assert.False(OutputFolder.IsDiskFull(new IOException("busy", 16)));
        Assert.False(OutputFolder.IsDiskFull(new UnauthorizedAccessException("no")));
    }

    /// <summary>The id of a process that has ended (so no running process owns a temporary named after it).</summary>
    private static int EndedProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
