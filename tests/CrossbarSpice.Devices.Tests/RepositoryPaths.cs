namespace CrossbarSpice.Devices.Tests;

/// <summary>Locates the repository's data folders from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DeviceCards => Path.Combine(Root, "device-cards");

    public static IEnumerable<object[]> CardFiles() =>
        Directory.EnumerateFiles(Path.Combine(FindRoot(), "device-cards"), "*.json").Order(StringComparer.Ordinal).Select(path => new object[] { Path.GetFileName(path) });

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrossbarSpice.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CrossbarSpice.sln not found above " + AppContext.BaseDirectory);
    }
}
