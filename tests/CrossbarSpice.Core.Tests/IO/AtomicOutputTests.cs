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
}
