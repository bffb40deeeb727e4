using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Tests;

public sealed class SpiceNetlistTests
{
    [Fact]
    public void Analyses_Catalog_TopLevelAnalysesInOrder()
    {
        var analyses = NetlistCatalog.Everything().Analyses.ToList();
        Assert.Collection(analyses, a => Assert.IsType<OpAnalysis>(a), a => Assert.IsType<DcAnalysis>(a), a => Assert.IsType<TranAnalysis>(a));
    }

    [Fact]
    public void WithAnalyses_Catalog_RemovesOldAndAppendsNewAtEnd()
    {
        var catalog = NetlistCatalog.Everything();
        var tran = new TranAnalysis(1e-9, 1e-6);
        var changed = catalog.WithAnalyses([tran]);
        Assert.Equal([tran], changed.Analyses);
        Assert.Same(tran, changed.Items[^1]);
        Assert.Equal(catalog.Items.Count - 3 + 1, changed.Items.Count);
        Assert.Equal(catalog.Title, changed.Title);
    }

    [Fact]
    public void WithIncludesResolved_RelativePaths_BecomeAbsoluteAlsoInSubcircuits()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), "decks");
        var expected = Path.GetFullPath(Path.Combine(baseDirectory, NetlistCatalog.IncludePath));
        var resolved = NetlistCatalog.Everything().WithIncludesResolved(baseDirectory);

        Assert.Equal(expected, resolved.Items.OfType<IncludeDirective>().Single().Path);
        Assert.Equal(Path.GetFullPath(Path.Combine(baseDirectory, NetlistCatalog.LibPath)), resolved.Items.OfType<LibDirective>().Single().Path);
        var divider = resolved.Items.OfType<SubcircuitDefinition>().Single();
        Assert.Equal(expected, divider.Items.OfType<IncludeDirective>().Single().Path);
    }

    [Fact]
    public void WithIncludesResolved_AbsolutePath_IsUnchanged()
    {
        var absolute = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "models.inc"));
        var netlist = new SpiceNetlist("t", [new IncludeDirective(absolute)]);
        Assert.Equal(absolute, netlist.WithIncludesResolved("/elsewhere").Items.OfType<IncludeDirective>().Single().Path);
    }

    [Fact]
    public void Constructor_MultiLineTitle_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SpiceNetlist("a\nb", []));
    }

    [Fact]
    public void Constructor_ItemsList_IsCopied()
    {
        var items = new List<NetlistItem> { new Resistor("R1", "a", "0", 1) };
        var netlist = new SpiceNetlist("t", items);
        items.Clear();
        Assert.Single(netlist.Items);
        Assert.Null(netlist.SourcePath);
    }
}
