using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// The process's POSIX signal dispositions, captured before a call into ngspice and put back after it.
/// ngspice installs its own SIGINT (and, in some builds, SIGSEGV/SIGFPE) handlers with <c>signal()</c>; left in
/// place they would take Ctrl-C and the .NET runtime's null-reference and overflow handling from the host.
/// </summary>
internal unsafe partial struct SavedSignals
{
    // struct sigaction is 152 bytes on x86_64 and 144 on aarch64 glibc; 256 leaves room on any Linux ABI.
    private const int SigactionBytes = 256;
    private const int Count = 6;

    private fixed byte actions[SigactionBytes * Count];

    /// <summary>Captures SIGINT, SIGILL, SIGBUS, SIGFPE, SIGSEGV and SIGTERM as they are now.</summary>
    public static SavedSignals Capture()
    {
        var saved = default(SavedSignals);
        for (var i = 0; i < Count; i++)
        {
            Sigaction(SignalNumber(i), null, saved.actions + (i * SigactionBytes));
        }

        return saved;
    }

    /// <summary>Puts every captured disposition back.</summary>
    public void Restore()
    {
        for (var i = 0; i < Count; i++)
        {
            fixed (byte* action = &actions[i * SigactionBytes])
            {
                Sigaction(SignalNumber(i), action, null);
            }
        }
    }

    // SIGINT, SIGILL, SIGBUS, SIGFPE, SIGSEGV, SIGTERM on Linux.
    private static int SignalNumber(int index) => index switch
    {
        0 => 2,
        1 => 4,
        2 => 7,
        3 => 8,
        4 => 11,
        _ => 15,
    };

    [LibraryImport("libc", EntryPoint = "sigaction")]
    private static partial int Sigaction(int signal, byte* action, byte* previous);
}
