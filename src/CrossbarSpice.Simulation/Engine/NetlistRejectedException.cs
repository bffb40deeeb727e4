namespace CrossbarSpice.Simulation.Engine;

/// <summary>The simulator could not read or set up the circuit (unknown model, bad parameter, missing include).</summary>
public sealed class NetlistRejectedException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public NetlistRejectedException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
