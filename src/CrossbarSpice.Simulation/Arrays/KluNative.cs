using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Every P/Invoke into SuiteSparse KLU (Debian package libklu1, <c>libklu.so.1</c>, SuiteSparse 5.12), int-index API
/// (<c>klu_*</c>, not <c>klu_l_*</c>): matrices up to 2³¹−1 entries. Pointers are raw; the callers pin their arrays
/// for the duration of a call (KLU keeps no pointer to them) and own the returned objects through
/// <see cref="KluSymbolicHandle"/> and <see cref="KluNumericHandle"/>.
/// </summary>
internal static unsafe class KluNative
{
    /// <summary>The shared library as Debian installs it.</summary>
    public const string Library = "libklu.so.1";

    /// <summary>KLU_OK.</summary>
    public const int Ok = 0;

    /// <summary>KLU_SINGULAR (a warning, status &gt; 0).</summary>
    public const int Singular = 1;

    static KluNative()
    {
        var size = Marshal.SizeOf<KluCommon>();
        if (size != KluCommon.ExpectedSize)
        {
            throw new InvalidOperationException($"KluCommon is {size} bytes; klu_common of SuiteSparse 5.12 is {KluCommon.ExpectedSize}");
        }

        NativeLibrary.SetDllImportResolver(typeof(KluNative).Assembly, Resolve);
    }

    /// <summary>Environment variable naming the KLU library file explicitly (default: the loader finds <see cref="Library"/>).</summary>
    public const string PathVariable = "CROSSBARSPICE_KLU";

    /// <summary>
    /// Loads <see cref="Library"/> (or the file <see cref="PathVariable"/> names) for the P/Invokes below; a missing
    /// library is a user-facing error naming the Debian package instead of a DllNotFoundException (a crash), which
    /// matters most for an installed tool package, where no setup script ran.
    /// </summary>
    private static nint Resolve(string name, System.Reflection.Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return 0;
        }

        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrEmpty(configured) ? Library : configured;
        return NativeLibrary.TryLoad(path, assembly, searchPath, out var handle)
            ? handle
            : throw new Engine.EngineUnavailableException(
                $"cannot load the KLU sparse solver '{path}' (the wired and characterised levels need it): install Debian's libklu1 (apt-get install libklu1){(string.IsNullOrEmpty(configured) ? string.Empty : $", or correct {PathVariable}")}");
    }

    /// <summary>int klu_defaults(klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_defaults")]
    public static extern int Defaults(KluCommon* common);

    /// <summary>klu_symbolic* klu_analyze(int n, int* Ap, int* Ai, klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_analyze")]
    public static extern IntPtr Analyze(int n, int* ap, int* ai, KluCommon* common);

    /// <summary>klu_numeric* klu_factor(int* Ap, int* Ai, double* Ax, klu_symbolic*, klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_factor")]
    public static extern IntPtr Factor(int* ap, int* ai, double* ax, IntPtr symbolic, KluCommon* common);

    /// <summary>int klu_refactor(int* Ap, int* Ai, double* Ax, klu_symbolic*, klu_numeric*, klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_refactor")]
    public static extern int Refactor(int* ap, int* ai, double* ax, IntPtr symbolic, IntPtr numeric, KluCommon* common);

    /// <summary>int klu_solve(klu_symbolic*, klu_numeric*, int ldim, int nrhs, double* B, klu_common*): B ← A⁻¹B in place.</summary>
    [DllImport(Library, EntryPoint = "klu_solve")]
    public static extern int Solve(IntPtr symbolic, IntPtr numeric, int leadingDimension, int rightHandSides, double* b, KluCommon* common);

    /// <summary>int klu_flops(klu_symbolic*, klu_numeric*, klu_common*): sets common->flops.</summary>
    [DllImport(Library, EntryPoint = "klu_flops")]
    public static extern int CountFlops(IntPtr symbolic, IntPtr numeric, KluCommon* common);

    /// <summary>int klu_rcond(klu_symbolic*, klu_numeric*, klu_common*): sets common->rcond.</summary>
    [DllImport(Library, EntryPoint = "klu_rcond")]
    public static extern int ReciprocalCondition(IntPtr symbolic, IntPtr numeric, KluCommon* common);

    /// <summary>int klu_free_symbolic(klu_symbolic**, klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_free_symbolic")]
    public static extern int FreeSymbolic(IntPtr* symbolic, KluCommon* common);

    /// <summary>int klu_free_numeric(klu_numeric**, klu_common*).</summary>
    [DllImport(Library, EntryPoint = "klu_free_numeric")]
    public static extern int FreeNumeric(IntPtr* numeric, KluCommon* common);

    /// <summary>A <c>klu_common</c> with KLU's defaults (AMD ordering, BTF, max row scaling).</summary>
    public static KluCommon NewCommon()
    {
        KluCommon common;
        if (Defaults(&common) != 1)
        {
            throw new SparseSolverException("klu_defaults failed", common.Status);
        }

        return common;
    }

    /// <summary>Text of a KLU status code.</summary>
    public static string Describe(int status) => status switch
    {
        Ok => "KLU_OK",
        Singular => "KLU_SINGULAR (a zero pivot: the matrix is singular)",
        -2 => "KLU_OUT_OF_MEMORY",
        -3 => "KLU_INVALID (bad matrix or arguments)",
        -4 => "KLU_TOO_LARGE (integer overflow)",
        _ => "KLU status " + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
