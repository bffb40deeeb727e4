using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>
/// The sweep's run folder appears only with its first finished unit: a sweep that fails or is cancelled before leaves
/// nothing, one cancelled after resumes from the folder, and an existing empty folder is used in place.
/// </summary>
public sealed class SweepRunFolderTests(BcuDesign bcu) : IClassFixture<BcuDesign>
{
    [Fact]
    public void Run_CancelledBeforeTheFirstUnit_LeavesNoFolder()
    {
        var output = bcu.Output("cancelled-early");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SweepRunner.Run(bcu.Request("levels=10:11", null, 50, [1], output), bcu.Data, cancellationToken: cancel.Token));

        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!, Path.GetFileName(output) + "*"));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + "*"));
    }

    [Fact]
    public void Run_FailingBeforeTheFirstUnit_LeavesNoFolder()
    {
        var output = bcu.Output("failed");

        // A design folder without a design: refused when the sweep opens it, before anything is written.
        Assert.Throws<InputException>(() => SweepRunner.Run(bcu.Request("levels=10", null, 20, [1], output) with { DesignFolder = bcu.Output("no-design") }, bcu.Data));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_CancelledAfterTheFirstUnit_KeepsItAndTheRerunEqualsAnUninterruptedRun()
    {
        var whole = bcu.Output("uncancelled");
        SweepRunner.Run(bcu.Request("levels=10:12", null, 60, [1], whole), bcu.Data);
        var output = bcu.Output("cancelled-late");
        using var cancel = new CancellationTokenSource();
        var lines = 0;
        var progress = new Progress(_ =>
        {
            // The first line announces the sweep; the second reports the first finished unit.
            if (++lines == 2)
            {
                cancel.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => SweepRunner.Run(bcu.Request("levels=10:12", null, 60, [1], output), bcu.Data, progress, cancel.Token));
        var kept = File.ReadAllLines(Path.Combine(output, SweepProgressFile.FileName));
        Assert.Equal(2, kept.Length);
        Assert.Equal(File.ReadAllText(Path.Combine(whole, SweepDocument.FileName)), File.ReadAllText(Path.Combine(output, SweepDocument.FileName)));

        var resumed = SweepRunner.Run(bcu.Request("levels=10:12", null, 60, [1], output), bcu.Data);

        Assert.Equal(3, resumed.NewlyComputed);
        Assert.Equal(File.ReadAllText(Path.Combine(whole, SweepProgressFile.FileName)), File.ReadAllText(Path.Combine(output, SweepProgressFile.FileName)));
    }

    [Fact]
    public void Run_ExistingEmptyFolder_IsUsedInPlace()
    {
        var output = bcu.Output("empty");
        Directory.CreateDirectory(output);

        var run = SweepRunner.Run(bcu.Request("levels=10", null, 20, [1], output), bcu.Data);

        Assert.True(run.Complete);
        Assert.Equal([SweepProgressFile.FileName, SweepDocument.FileName], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_OutputPathThroughAFile_ThrowsBeforeComputing()
    {
        var file = bcu.Output("a-file");
        File.WriteAllText(file, "not a folder\n");
        var lines = 0;

        var error = Assert.Throws<InputException>(() => SweepRunner.Run(bcu.Request("levels=10", null, 20, [1], Path.Combine(file, "run")), bcu.Data, new Progress(_ => lines++)));

        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, lines);
    }

    /// <summary>Reports synchronously (System.Progress posts to the thread pool).</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
