using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Tests.TestSupport;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

public sealed class CsvMatrixReaderTests
{
    [Fact]
    public void Read_Fixture_ReturnsRowMajorMatrix()
    {
        var tensor = CsvMatrixReader.Read(Values.Fixture("csv", "fc1_weight.csv"), "fc1");

        Assert.Equal(new TensorShape(3, 4), tensor.Shape);
        Assert.Equal(Values.Ramp(12, 0.25, -1.0), tensor.Values.ToArray());
        Assert.Equal(TensorDataType.Float64, tensor.SourceType);
    }

    [Fact]
    public void Read_CrLfScientificAndSpaces_Accepted()
    {
        var tensor = Read("1e-3, -2.5E2\r\n 3 ,4\r\n\r\n");

        Assert.Equal([1e-3, -250, 3, 4], tensor.Values.ToArray());
    }

    [Fact]
    public void Read_NonNumericCell_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<InputException>(() => Read("1,2,3\n4,5,x6\n"));

        Assert.Equal(new SourceLocation("w.csv", 2, 3, "w"), error.Location);
        Assert.Contains("'x6'", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("w.csv:2:3: field 'w':", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderRow_ExplainsThatMatricesHaveNoHeader()
    {
        var error = Assert.Throws<InputException>(() => Read("a,b\n1,2\n"));

        Assert.Equal(1, error.Location.Line);
        Assert.Contains("no header row", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonRectangular_NamesTheLine()
    {
        var error = Assert.Throws<InputException>(() => Read("1,2,3\n4,5,6\n7,8\n"));

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("2 cells", error.Problem, StringComparison.Ordinal);
        Assert.Contains("rectangular", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyCell_NamesTheColumn()
    {
        var error = Assert.Throws<InputException>(() => Read("1,,3\n"));

        Assert.Equal(2, error.Location.Column);
        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        var error = Assert.Throws<InputException>(() => Read("\n\n"));

        Assert.Contains("no matrix rows", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NaNCell_ParsesForValidationToReport()
    {
        var tensor = Read("1,NaN\n");

        Assert.True(double.IsNaN(tensor[1]));
    }

    private static Tensor Read(string text) => CsvMatrixReader.Read(new StringReader(text), "w.csv", "w");
}
