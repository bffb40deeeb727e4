using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Core.Tests.IO;

/// <summary>Reading an input file whole: bytes, or an input error naming the file.</summary>
public sealed class InputFileTests
{
    [Fact]
    public void ReadAllBytes_ExistingFile_ReturnsItsBytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 3]);

            Assert.Equal([1, 2, 3], InputFile.ReadAllBytes(path, "the file"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadAllBytes_MissingFile_ThrowsInputExceptionNamingWhat()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "absent.idx");

        var error = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(path, "the IDX file"));

        Assert.Contains("cannot read the IDX file: ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }
}
