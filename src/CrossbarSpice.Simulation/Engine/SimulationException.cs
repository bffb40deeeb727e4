using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Simulation.Engine;

/// <summary>A simulation did not produce a result. Subclasses say why; all carry the simulator's messages.</summary>
public class SimulationException : CrossbarSpiceException
{
    /// <summary>Creates the exception from the simulator's own message and its log.</summary>
    public SimulationException(string message, string simulatorMessage, string log)
        : base(message)
    {
        SimulatorMessage = simulatorMessage;
        Log = log;
    }

    /// <summary>Creates the exception with a cause.</summary>
    public SimulationException(string message, string simulatorMessage, string log, Exception? innerException)
        : base(message, innerException)
    {
        SimulatorMessage = simulatorMessage;
        Log = log;
    }

    /// <summary>The simulator's error lines, verbatim.</summary>
    public string SimulatorMessage { get; }

    /// <summary>Everything the simulator printed during the run.</summary>
    public string Log { get; }
}
