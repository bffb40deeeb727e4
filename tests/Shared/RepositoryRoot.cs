namespace CrossbarSpice.Tests.Shared;

/// <summary>
/// The repository root (the folder holding CrossbarSpice.sln), found from the test assembly's folder.
/// Linked into every test project by Directory.Build.props.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>Full path of the repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CrossbarSpice.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CrossbarSpice.sln not found above " + AppContext.BaseDirectory);
    }
}
