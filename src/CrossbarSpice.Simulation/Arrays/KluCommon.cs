using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// <c>klu_common</c> of SuiteSparse 5.12 KLU (Debian libklu1, int-index API), field for field. On x86-64 Linux it is
/// 160 bytes: 5 doubles (0–39), 3 ints (40–51), padding, 2 pointers (56–71), 7 ints (72–99), padding, 5 doubles
/// (104–143), 2 size_t (144–159); checked against <c>sizeof</c>/<c>offsetof</c> compiled from the 5.12 header and by
/// <see cref="KluNative"/> at load (<see cref="ExpectedSize"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KluCommon
{
    /// <summary>sizeof(klu_common) in SuiteSparse 5.12 on LP64.</summary>
    public const int ExpectedSize = 160;

    /// <summary>Pivot tolerance for diagonal preference (default 0.001).</summary>
    public double Tol;

    /// <summary>Realloc growth factor for the LU factors.</summary>
    public double MemGrow;

    /// <summary>Initial memory with AMD: c·nnz(L) + n.</summary>
    public double InitMemAmd;

    /// <summary>Initial memory otherwise: c·nnz(A) + n.</summary>
    public double InitMem;

    /// <summary>Work limit of BTF, ≤ 0 for none.</summary>
    public double MaxWork;

    /// <summary>Use the BTF pre-ordering (1) or not (0).</summary>
    public int Btf;

    /// <summary>0 AMD, 1 COLAMD, 2 user P and Q, 3 user function.</summary>
    public int Ordering;

    /// <summary>Row scaling: −1 none without checks, 0 none, 1 sum, 2 max.</summary>
    public int Scale;

    /// <summary>User ordering function pointer (unused, null).</summary>
    public IntPtr UserOrder;

    /// <summary>User data for the ordering function (unused, null).</summary>
    public IntPtr UserData;

    /// <summary>Stop at the first zero pivot (1, the default) or keep going (0).</summary>
    public int HaltIfSingular;

    /// <summary>KLU_OK (0), KLU_SINGULAR (1) or a negative error.</summary>
    public int Status;

    /// <summary>Number of reallocations of L and U.</summary>
    public int NRealloc;

    /// <summary>Structural rank, or −1 when not computed.</summary>
    public int StructuralRank;

    /// <summary>First zero pivot, or n.</summary>
    public int NumericalRank;

    /// <summary>Column of the original matrix with a zero pivot, or n.</summary>
    public int SingularColumn;

    /// <summary>Number of off-diagonal pivots.</summary>
    public int NOffDiag;

    /// <summary>Factorisation flop count (after <c>klu_flops</c>).</summary>
    public double Flops;

    /// <summary>Crude reciprocal condition estimate (after <c>klu_rcond</c>).</summary>
    public double RCond;

    /// <summary>Condition estimate (after <c>klu_condest</c>).</summary>
    public double CondEst;

    /// <summary>Reciprocal pivot growth (after <c>klu_rgrowth</c>).</summary>
    public double RGrowth;

    /// <summary>Work done by BTF.</summary>
    public double Work;

    /// <summary>Current memory use, bytes.</summary>
    public nuint MemUsage;

    /// <summary>Peak memory use, bytes.</summary>
    public nuint MemPeak;
}
