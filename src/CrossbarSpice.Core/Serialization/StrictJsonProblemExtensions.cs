namespace CrossbarSpice.Core.Serialization;

/// <summary>Maps a <see cref="StrictJsonProblem"/> to a reader's own diagnostic codes.</summary>
public static class StrictJsonProblemExtensions
{
    /// <summary>
    /// The member of <typeparamref name="TCode"/> with the same name as <paramref name="problem"/>
    /// (<c>UnknownField</c>, <c>MissingField</c>, <c>WrongType</c>); every reader's code enumeration defines all three.
    /// </summary>
    public static TCode ToCode<TCode>(this StrictJsonProblem problem)
        where TCode : struct, Enum =>
        Enum.Parse<TCode>(problem.ToString());
}
