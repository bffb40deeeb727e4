namespace CrossbarSpice.Simulation.Engine;

/// <summary>The circuit's matrix is singular (a floating node, a loop of voltage sources).</summary>
public sealed class SingularMatrixException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public SingularMatrixException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
