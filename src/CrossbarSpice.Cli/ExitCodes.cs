namespace CrossbarSpice.Cli;

/// <summary>Process exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input (file, line or field named on stderr), or a simulation that could not run.</summary>
    public const int UserError = 1;

    /// <summary>A comparison verb found a result outside its tolerance.</summary>
    public const int OutsideTolerance = 2;

    /// <summary>Interrupted by the user (Ctrl-C); nothing partial was left behind.</summary>
    public const int Interrupted = 130;
}
