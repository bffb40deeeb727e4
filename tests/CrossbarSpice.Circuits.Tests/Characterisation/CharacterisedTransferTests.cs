using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Tests.Periphery;

namespace CrossbarSpice.Circuits.Tests.Characterisation;

public sealed class CharacterisedTransferTests(PeripheryFixture fixture) : IClassFixture<PeripheryFixture>
{
    [Fact]
    public void Evaluate_LinearData_IsExact()
    {
        var table = CharacterisedTransfer.OneDimensional([0.0, 1, 2, 4], [1.0, 3, 5, 9]);
        Assert.Equal(4.0, table.Evaluate(1.5), 12);
        Assert.Equal(8.0, table.Evaluate(3.5), 12);
    }

    [Fact]
    public void Evaluate_MonotoneData_StaysMonotoneAndFlatOutside()
    {
        var x = Enumerable.Range(-6, 13).Select(k => (double)k).ToArray();
        var table = CharacterisedTransfer.OneDimensional(x, [.. x.Select(v => v < 0 ? 0 : Math.Min(v, 2))]);
        var previous = double.NegativeInfinity;
        for (var v = -7.0; v <= 7; v += 0.01)
        {
            var y = table.Evaluate(v);
            Assert.True(y >= previous - 1e-12 && y >= 0 && y <= 2, $"at {v}: {y}");
            previous = y;
        }
    }

    [Fact]
    public void Evaluate_TwoDimensionalBilinearFunction_IsExact()
    {
        double[] x = [-1, 0, 1];
        double[] y = [-1, 1];
        var table = CharacterisedTransfer.TwoDimensional(x, y, [.. y.SelectMany(b => x.Select(a => (2 * a) + b + (a * b)))]);
        Assert.Equal((2 * 0.3) - 0.2 + (0.3 * -0.2), table.Evaluate(0.3, -0.2), 12);
    }

    [Fact]
    public void Csv_RoundTrip_PreservesTable()
    {
        var table = CharacterisationTables.Transfer(fixture.Coarse("gilbert"));
        var path = Path.Combine(Path.GetTempPath(), $"xbar-gilbert-{Environment.ProcessId}.csv");
        File.WriteAllText(path, CharacterisedTransferCsv.Format(table));
        try
        {
            var read = CharacterisedTransferCsv.Read(path);
            Assert.Equal(table.Output, read.Output);
            Assert.Equal(table.Evaluate(0.33, -0.71), read.Evaluate(0.33, -0.71));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("relu", 50e-6, 0.05, 0.5e-3)]
    [InlineData("sigmoid-6t", 0.0, 0.5, 2e-3)]
    [InlineData("general-sigmoid", 0.0, 0.5, 35e-3)]
    public void Library_StoredRepositoryTables_ReproduceTheCircuit(string module, double input, double ideal, double tolerance)
    {
        var library = new CharacterisedLibrary(Path.Combine(RepositoryPaths.Root, "characterised"), "cmos-180nm_bsim3_1.8V");
        Assert.True(library.Contains(module));
        Assert.InRange(library.Evaluate(module, input), ideal - tolerance, ideal + tolerance);
    }

    [Fact]
    public void Library_StoredGilbertTable_MatchesCoarseRunWithinOneMillivolt()
    {
        var library = new CharacterisedLibrary(Path.Combine(RepositoryPaths.Root, "characterised"), "cmos-180nm_bsim3_1.8V");
        var r = fixture.Coarse("gilbert");
        for (var k = 0; k < r.Input.Count; k++)
        {
            Assert.InRange(library.Evaluate("gilbert", r.Input[k], r.SecondInput![k]) - r.Output[k], -1e-3, 1e-3);
        }
    }

    [Fact]
    public void Library_MissingModule_SaysHowToCreateIt()
    {
        var library = new CharacterisedLibrary(Path.Combine(RepositoryPaths.Root, "characterised"), "no-such-card_bsim3_1.8V");
        var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(() => library.Evaluate("relu", 0));
        Assert.Contains("crossbar characterize relu", error.Message, StringComparison.Ordinal);
    }
}
