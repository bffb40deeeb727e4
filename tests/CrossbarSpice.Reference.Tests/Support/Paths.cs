namespace CrossbarSpice.Reference.Tests.Support;

/// <summary>Where the tests find the repository's example networks and their own fixtures.</summary>
internal static class Paths
{
    /// <summary>The folder holding CrossbarSpice.sln.</summary>
    public static string RepositoryRoot => CrossbarSpice.Tests.Shared.RepositoryRoot.Path;

    /// <summary>A file of netlists/examples/&lt;network&gt;/.</summary>
    public static string Example(string network, string file) => Path.Combine(RepositoryRoot, "netlists", "examples", network, file);

    /// <summary>A file copied from Fixtures/ to the test output folder.</summary>
    public static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
}
