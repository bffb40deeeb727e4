namespace CrossbarSpice.Simulation.Engine;

/// <summary>A transient analysis gave up: timestep too small.</summary>
public sealed class TimestepTooSmallException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public TimestepTooSmallException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
