namespace CrossbarSpice.Simulation.Engine;

/// <summary>No convergence: the operating point or a sweep point could not be found.</summary>
public sealed class ConvergenceException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public ConvergenceException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
