using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Simulation.Engine;

/// <summary>The simulator cannot be used at all on this machine (library missing or unloadable).</summary>
public sealed class EngineUnavailableException : CrossbarSpiceException
{
    /// <summary>Creates the exception.</summary>
    public EngineUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public EngineUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
