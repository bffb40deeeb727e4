namespace CrossbarSpice.Cli.Terminal;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
/// <param name="report">What to do with each message.</param>
internal sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    /// <inheritdoc />
    public void Report(string value) => report(value);
}
