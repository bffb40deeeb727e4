using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>The simulator failed on a bench deck; carries its message and everything it printed.</summary>
public sealed class BenchSimulationException : CrossbarSpiceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One-line summary.</param>
    /// <param name="simulatorMessage">The simulator's error lines, verbatim.</param>
    /// <param name="log">Everything the simulator printed.</param>
    /// <param name="innerException">The simulator's own exception.</param>
    public BenchSimulationException(string message, string simulatorMessage, string log, Exception? innerException)
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
