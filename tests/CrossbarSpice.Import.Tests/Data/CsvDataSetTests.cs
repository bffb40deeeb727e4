using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Import.Tests.Data;

public sealed class CsvDataSetTests
{
    [Fact]
    public void Read_HeaderThenRows_LabelFirstFeaturesAfter()
    {
        var set = CsvDataSet.Read(new StringReader("label,a,b\n2,0.5,-1e-3\n0,3,4\n"), "set.csv");

        Assert.Equal((2, 2), (set.Count, set.FeaturesPerSample));
        Assert.Equal([0.5, -1e-3], set.Features(0));
        Assert.Equal((2, 0), (set.Label(0), set.Label(1)));
        Assert.Null(set.ClassNames);
    }

    [Fact]
    public void Read_WithoutHeader_FirstLineIsASample()
    {
        var set = CsvDataSet.Read(new StringReader("1,7\r\n0,8\r\n"), "set.csv");

        Assert.Equal([7.0], set.Features(0));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Read_RaggedRow_ThrowsNamingItsLine()
    {
        var error = Assert.Throws<InputException>(() => CsvDataSet.Read(new StringReader("label,a,b\n1,2,3\n0,4\n"), "set.csv"));

        Assert.Equal(("set.csv", 3), (error.Location.File, error.Location.Line));
        Assert.Contains("2 cells", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonNumericFeature_ThrowsNamingLineAndColumn()
    {
        var error = Assert.Throws<InputException>(() => CsvDataSet.Read(new StringReader("1,2,3\n0,4,high\n"), "set.csv"));

        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("'high'", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5,2")]
    [InlineData("-1,2")]
    public void Read_LabelNotAClassIndex_ThrowsNamingTheLabelField(string row)
    {
        var error = Assert.Throws<InputException>(() => CsvDataSet.Read(new StringReader("0,1\n" + row + "\n"), "set.csv"));

        Assert.Equal((2, "label"), (error.Location.Line, error.Location.Field));
    }
}
