namespace CrossbarSpice.Simulation.Engine;

/// <summary>The simulator hit an unrecoverable error and asked to be unloaded; the engine replaced it.</summary>
public sealed class EngineFailedException : SimulationException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public EngineFailedException(string message, string simulatorMessage, string log)
        : base(message, simulatorMessage, log)
    {
    }
}
