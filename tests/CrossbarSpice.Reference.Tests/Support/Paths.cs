namespace CrossbarSpice.Reference.Tests.Support;

/// <summary>Where the tests find the repository's example networks and their own fixtures.</summary>
internal static class Paths
{
    /// <summary>The folder holding CrossbarSpice.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A file of netlists/examples/&lt;network&gt;/.</summary>
    public static string Example(string network, string file) => Path.Combine(RepositoryRoot, "netlists", "examples", network, file);

    /// <summary>A file copied from Fixtures/ to the test output folder.</summary>
    public static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CrossbarSpice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CrossbarSpice.sln not found above the test folder");
    }
}
