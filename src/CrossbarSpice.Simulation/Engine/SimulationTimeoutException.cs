namespace CrossbarSpice.Simulation.Engine;

/// <summary>The run took longer than the request's timeout and was halted.</summary>
public sealed class SimulationTimeoutException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public SimulationTimeoutException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
