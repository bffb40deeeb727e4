namespace CrossbarSpice.Core.Diagnostics;

/// <summary>
/// Root of every exception CrossbarSpice throws on purpose. Anything else escaping to the CLI is a bug.
/// </summary>
public class CrossbarSpiceException : Exception
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public CrossbarSpiceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message meant for the user and its cause.</summary>
    public CrossbarSpiceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
