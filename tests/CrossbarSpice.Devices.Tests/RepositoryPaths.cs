namespace CrossbarSpice.Devices.Tests;

/// <summary>Locates the repository's data folders from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root => CrossbarSpice.Tests.Shared.RepositoryRoot.Path;

    public static string DeviceCards => Path.Combine(Root, "device-cards");

    public static IEnumerable<object[]> CardFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "device-cards"), "*.json").Order(StringComparer.Ordinal).Select(path => new object[] { Path.GetFileName(path) });
}
