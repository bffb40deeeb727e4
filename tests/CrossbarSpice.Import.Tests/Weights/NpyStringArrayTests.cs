using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Import.Tests.Data;
using CrossbarSpice.Import.Tests.TestSupport;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Import.Tests.Weights;

public sealed class NpyStringArrayTests
{
    [Fact]
    public void ReadWithStrings_StringAndNumberArrays_SplitByKind()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.npz", NpyBytes.Npz(("names", DataSetFiles.Unicode(2, "ab", "c")), ("w", NpyBytes.F8([2], 1, 2))));

        var contents = NpzReader.ReadWithStrings(path);

        Assert.Equal(["ab", "c"], contents.Strings["names"]);
        Assert.Equal("w", Assert.Single(contents.Tensors).Name);
    }

    [Fact]
    public void Read_StringArrayAsWeights_StillRefused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.npz", NpyBytes.Npz(("names", DataSetFiles.Unicode(2, "ab"))));

        var error = Assert.Throws<InputException>(() => NpzReader.Read(path));

        Assert.Contains("not supported", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWithStrings_TruncatedStringData_ThrowsNamingTheEntry()
    {
        using var folder = new TempFolder();
        var bytes = DataSetFiles.Unicode(3, "abc", "de");
        var path = folder.Write("a.npz", NpyBytes.Npz(("names", bytes[..^4])));

        var error = Assert.Throws<InputException>(() => NpzReader.ReadWithStrings(path));

        Assert.Equal("names.npy", error.Location.Field);
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }
}
