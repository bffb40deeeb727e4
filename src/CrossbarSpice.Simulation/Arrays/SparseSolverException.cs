using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>The sparse factorisation (KLU) failed: out of memory, invalid input, integer overflow.
/// A singular matrix raises <see cref="SingularMatrixException"/> instead.</summary>
public sealed class SparseSolverException : SimulationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was being done.</param>
    /// <param name="status">KLU status code (negative for errors).</param>
    public SparseSolverException(string message, int status)
        : base(message + ": " + KluNative.Describe(status), KluNative.Describe(status), string.Empty)
    {
        Status = status;
    }

    /// <summary>KLU's status code: −2 out of memory, −3 invalid, −4 too large, 1 singular.</summary>
    public int Status { get; }
}
