namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// Guards calls into ngspice: the process's POSIX signal dispositions are captured when the first concurrent
/// call enters and put back when the last one leaves. (Capturing per call would race: a second call could
/// capture the handlers ngspice installed during the first and later "restore" them for good.)
/// </summary>
internal static class NativeCallGuard
{
    private static readonly Lock Gate = new();
    private static int depth;
    private static SavedSignals saved;

    /// <summary>Marks the start of a call into ngspice.</summary>
    public static void Enter()
    {
        lock (Gate)
        {
            if (depth++ == 0)
            {
                saved = SavedSignals.Capture();
            }
        }
    }

    /// <summary>Marks the end of a call into ngspice; the last one out restores the dispositions.</summary>
    public static void Exit()
    {
        lock (Gate)
        {
            if (--depth == 0)
            {
                saved.Restore();
            }
        }
    }
}
