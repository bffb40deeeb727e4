namespace CrossbarSpice.Core.Serialization;

/// <summary>Where a <see cref="StrictJsonObject{TContext}"/> reports its problems: the state of the file being read.</summary>
public interface IStrictJsonReporter
{
    /// <summary>Records one problem at the JSON <paramref name="path"/> (<c>$.layers[0].units</c>).</summary>
    void Report(StrictJsonProblem problem, string path, string message);
}
