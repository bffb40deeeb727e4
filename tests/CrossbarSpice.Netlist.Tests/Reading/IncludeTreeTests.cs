using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Netlist.Tests.Reading;

/// <summary>Include loops and runaway nesting are refused, naming the chain, before ngspice follows them.</summary>
public sealed class IncludeTreeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("include-tree-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Check_DeckIncludingItself_NamesTheChain()
    {
        var deck = Write("loop.cir", "loop\n.include loop.cir\nR1 a 0 1k\n.op\n.end\n");

        var error = Assert.Throws<InputException>(() => IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder));

        Assert.Equal($"{deck}: include loop: {deck} → {deck}", error.Message);
    }

    [Fact]
    public void Check_LoopThroughTwoFiles_NamesEveryFileAndTheClosingLine()
    {
        var deck = Write("top.cir", "top\n.include a.inc\nR1 a 0 1k\n.op\n.end\n");
        var a = Write("a.inc", "* a\n.include 'sub/b.inc'\n");
        var b = Write("sub/b.inc", "* b\n\n.inc ../a.inc\n");

        var error = Assert.Throws<InputException>(() => IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder));

        Assert.Equal(new SourceLocation(b, 3), error.Location);
        Assert.Contains($"include loop: {deck} → {a} → {b} → {a}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SharedIncludesAndLibrarySections_AreNotLoops()
    {
        var deck = Write("top.cir", "top\n.include a.inc\n.include b.inc\n.lib models.lib tt\nR1 a 0 1k\n.op\n.end\n");
        Write("a.inc", ".include common.inc\n");
        Write("b.inc", ".include common.inc\n");
        Write("common.inc", "* shared\n");
        Write("models.lib", ".lib tt\n.lib models.lib base\n.endl\n.lib base\n.model d1 d\n.endl\n");

        IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder);
    }

    [Fact]
    public void Check_LibrarySectionIncludingItself_IsALoop()
    {
        var deck = Write("top.cir", "top\n.lib models.lib tt\n.op\n.end\n");
        var library = Write("models.lib", ".lib tt\n.lib models.lib tt\n.endl\n");

        var error = Assert.Throws<InputException>(() => IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder));

        Assert.Contains($"{library} (section tt) → {library} (section tt)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NestingDeeperThanTheLimit_IsRefused()
    {
        for (var i = 0; i <= IncludeTree.MaxDepth + 1; i++)
        {
            Write($"n{i}.inc", $".include n{i + 1}.inc\n");
        }

        var deck = Write("top.cir", "top\n.include n0.inc\n.op\n.end\n");

        var error = Assert.Throws<InputException>(() => IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder));

        Assert.Contains("includes nest deeper than 32 files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingInclude_IsLeftToTheSimulator()
    {
        var deck = Write("top.cir", "top\n.include nowhere.inc\n.op\n.end\n");

        IncludeTree.Check(SpiceNetlistReader.ReadFile(deck), folder);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
