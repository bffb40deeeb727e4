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
}
