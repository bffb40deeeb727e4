using System.Runtime.InteropServices;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// One private copy of Debian's <c>libngspice.so.0</c>, loaded under its own file name so that its global
/// state (ngspice keeps the current circuit, plots and options in C globals) belongs to this copy alone.
/// This is the only type that binds native symbols; it exposes them as unmanaged function pointers.
/// </summary>
internal sealed unsafe class NgspiceLibrary : IDisposable
{
    private static int copyCounter;
    private readonly delegate* unmanaged<nint, nint, nint, nint, nint, nint, nint, int> init;
    private readonly delegate* unmanaged<byte*, int> command;
    private readonly delegate* unmanaged<byte**, int> circ;
    private readonly delegate* unmanaged<byte*, NgspiceVectorInfo*> getVecInfo;
    private readonly delegate* unmanaged<byte*> curPlot;
    private readonly delegate* unmanaged<byte*, byte**> allVecs;
    private readonly delegate* unmanaged<byte> running;
    private nint handle;

    private NgspiceLibrary(nint handle)
    {
        this.handle = handle;
        init = (delegate* unmanaged<nint, nint, nint, nint, nint, nint, nint, int>)Export("ngSpice_Init");
        command = (delegate* unmanaged<byte*, int>)Export("ngSpice_Command");
        circ = (delegate* unmanaged<byte**, int>)Export("ngSpice_Circ");
        getVecInfo = (delegate* unmanaged<byte*, NgspiceVectorInfo*>)Export("ngGet_Vec_Info");
        curPlot = (delegate* unmanaged<byte*>)Export("ngSpice_CurPlot");
        allVecs = (delegate* unmanaged<byte*, byte**>)Export("ngSpice_AllVecs");
        running = (delegate* unmanaged<byte>)Export("ngSpice_running");
    }

    /// <summary>ngSpice_Init(printfcn, statfcn, exitfcn, datafcn, initdatafcn, bgthreadfcn, userdata).</summary>
    public delegate* unmanaged<nint, nint, nint, nint, nint, nint, nint, int> Init
    {
        get
        {
            ThrowIfUnloaded();
            return init;
        }
    }

    /// <summary>ngSpice_Command(char*).</summary>
    public delegate* unmanaged<byte*, int> Command
    {
        get
        {
            ThrowIfUnloaded();
            return command;
        }
    }

    /// <summary>ngSpice_Circ(char**), a NULL-terminated array of lines.</summary>
    public delegate* unmanaged<byte**, int> Circ
    {
        get
        {
            ThrowIfUnloaded();
            return circ;
        }
    }

    /// <summary>ngGet_Vec_Info(char*).</summary>
    public delegate* unmanaged<byte*, NgspiceVectorInfo*> GetVecInfo
    {
        get
        {
            ThrowIfUnloaded();
            return getVecInfo;
        }
    }

    /// <summary>ngSpice_CurPlot().</summary>
    public delegate* unmanaged<byte*> CurPlot
    {
        get
        {
            ThrowIfUnloaded();
            return curPlot;
        }
    }

    /// <summary>ngSpice_AllVecs(char*), a NULL-terminated array of names.</summary>
    public delegate* unmanaged<byte*, byte**> AllVecs
    {
        get
        {
            ThrowIfUnloaded();
            return allVecs;
        }
    }

    /// <summary>ngSpice_running(): true while the background thread simulates.</summary>
    public delegate* unmanaged<byte> Running
    {
        get
        {
            ThrowIfUnloaded();
            return running;
        }
    }

    /// <summary>
    /// Copies the system library to a file name never used before in this process, loads that copy and
    /// deletes the file again (the mapping stays valid), so a crash leaves nothing behind.
    /// </summary>
    /// <exception cref="EngineUnavailableException">libngspice is not installed or cannot be loaded.</exception>
    public static NgspiceLibrary LoadPrivateCopy()
    {
        var system = FindSystemLibrary();
        var directory = Path.Combine(Path.GetTempPath(), "crossbarspice-ngspice");
        Directory.CreateDirectory(directory);
        var number = Interlocked.Increment(ref copyCounter);
        var copy = Path.Combine(directory, $"libngspice-{Environment.ProcessId}-{number}.so");
        try
        {
            File.Copy(system, copy, overwrite: true);
            return new NgspiceLibrary(NativeLibrary.Load(copy));
        }
        catch (Exception exception) when (exception is DllNotFoundException or BadImageFormatException or IOException or UnauthorizedAccessException or EntryPointNotFoundException)
        {
            throw new EngineUnavailableException($"cannot load ngspice from '{system}': {exception.Message}; install Debian's libngspice0 (apt-get install libngspice0)", exception);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>Path of the installed library: <c>CROSSBARSPICE_NGSPICE</c> if set, else Debian's location.</summary>
    public static string FindSystemLibrary()
    {
        var configured = Environment.GetEnvironmentVariable("CROSSBARSPICE_NGSPICE");
        string[] candidates = string.IsNullOrEmpty(configured)
            ? ["/usr/lib/x86_64-linux-gnu/libngspice.so.0", "/usr/lib/aarch64-linux-gnu/libngspice.so.0", "/usr/lib/libngspice.so.0", "/usr/local/lib/libngspice.so.0"]
            : [configured];
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new EngineUnavailableException(
            $"libngspice.so.0 not found (looked in {string.Join(", ", candidates)}): install Debian's libngspice0 (apt-get install libngspice0; in a repository checkout tools/setup.sh does it), or set CROSSBARSPICE_NGSPICE to the library's path");
    }

    /// <summary>Unloads this copy. Only call when no ngspice thread of this copy is running.</summary>
    public void Dispose()
    {
        if (handle != 0)
        {
            NativeLibrary.Free(handle);
            handle = 0;
        }
    }

    /// <summary>Throws once the copy is unloaded: after <see cref="Dispose"/> its code is unmapped
    /// and a call through a function pointer would jump into freed memory.</summary>
    private void ThrowIfUnloaded() => ObjectDisposedException.ThrowIf(handle == 0, this);

    private nint Export(string name)
    {
        if (!NativeLibrary.TryGetExport(handle, name, out var address))
        {
            throw new EngineUnavailableException($"the ngspice library has no export '{name}' (ngspice built without shared-library support?)");
        }

        return address;
    }
}
