using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Reference;

/// <summary>
/// The software reference was given something that does not fit the network: an input of the wrong length, or
/// substitute crossbar weights whose name or size matches no crossbar of the network.
/// </summary>
public sealed class ReferenceException : CrossbarSpiceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What the problem is about: a value name (network input) or a crossbar name (e.g. <c>fc1</c>,
    /// <c>lstm1/forward</c>).</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    public ReferenceException(string subject, string problem)
        : base($"'{subject}': {problem}")
    {
        Subject = subject;
        Problem = problem;
    }

    /// <summary>The value or crossbar the problem is about.</summary>
    public string Subject { get; }

    /// <summary>What is wrong, without the subject prefix.</summary>
    public string Problem { get; }
}
