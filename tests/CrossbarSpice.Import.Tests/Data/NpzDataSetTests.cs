using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Data;

public sealed class NpzDataSetTests
{
    [Fact]
    public void Read_Float32ImagesInt64LabelsAndUnicodeClasses_KeepsValuesShapeAndNames()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(
            ("x", NpyBytes.F4([2, 1, 2, 2], 0.5, -1.25, 2, 0, 1, 2, 3, 4)),
            ("y", DataSetFiles.I8([2], 2, 0)),
            ("classes", DataSetFiles.Unicode(6, "cat", "dog", "kätzle"))));

        var set = NpzDataSet.Read(path);

        Assert.Equal((2, 4), (set.Count, set.FeaturesPerSample));
        Assert.Equal([1, 2, 2], set.SampleShape.ToArray());
        Assert.Equal([0.5, -1.25, 2, 0], set.Features(0));
        Assert.Equal([1.0, 2, 3, 4], set.Features(1));
        Assert.Equal((2, 0), (set.Label(0), set.Label(1)));
        Assert.Equal(["cat", "dog", "kätzle"], set.ClassNames!);
    }

    [Fact]
    public void Read_Uint8Samples_AreGreyLevelsOver255AndByteStringClassesRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(
            ("x", DataSetFiles.U1([1, 3], 0, 51, 255)),
            ("y", DataSetFiles.U1([1], 1)),
            ("classes", DataSetFiles.Bytes(3, "no", "yes"))));

        var set = NpzDataSet.Read(path);

        Assert.Equal([0, 51 / 255.0, 1], set.Features(0));
        Assert.Equal(["no", "yes"], set.ClassNames!);
    }

    [Fact]
    public void Read_XAndYLengthsDiffer_ThrowsNamingBothCounts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(("x", NpyBytes.F8([3, 2], 1, 2, 3, 4, 5, 6)), ("y", DataSetFiles.I8([2], 0, 1))));

        var error = Assert.Throws<InputException>(() => NpzDataSet.Read(path));

        Assert.Equal((path, "y"), (error.Location.File, error.Location.Field));
        Assert.Contains("2 labels", error.Problem, StringComparison.Ordinal);
        Assert.Contains("3 samples", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FloatLabels_ThrowsAskingForIntegers()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(("x", NpyBytes.F8([1, 2], 1, 2)), ("y", NpyBytes.F8([1], 1))));

        var error = Assert.Throws<InputException>(() => NpzDataSet.Read(path));

        Assert.Equal("y", error.Location.Field);
        Assert.Contains("integers", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeLabel_ThrowsNamingTheSample()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(("x", NpyBytes.F8([2, 1], 1, 2)), ("y", DataSetFiles.I8([2], 0, -3))));

        var error = Assert.Throws<InputException>(() => NpzDataSet.Read(path));

        Assert.Contains("sample 1", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("labels", "unexpected array 'labels'")]
    [InlineData("x", "no array 'y'")]
    public void Read_MissingOrUnknownArray_ThrowsNamingIt(string second, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.npz", NpyBytes.Npz(("x", NpyBytes.F8([1, 1], 1)), (second == "x" ? "x.npy" : second, DataSetFiles.I8([1], 0))));

        var error = Assert.Throws<InputException>(() => NpzDataSet.Read(second == "x" ? folder.Write("only-x.npz", NpyBytes.Npz(("x", NpyBytes.F8([1, 1], 1)))) : path));

        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }
}
