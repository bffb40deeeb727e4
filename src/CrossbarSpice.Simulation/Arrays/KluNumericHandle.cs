using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>Owns a <c>klu_numeric*</c> (the LU factors) and frees it with <c>klu_free_numeric</c>.</summary>
internal sealed unsafe class KluNumericHandle : SafeHandle
{
    /// <summary>Creates an empty handle (for marshalling).</summary>
    public KluNumericHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="numeric"/>.</summary>
    public KluNumericHandle(IntPtr numeric)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(numeric);

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Nonzeros of L and U including their diagonals: the <c>lnz</c>, <c>unz</c> fields that open
    /// <c>klu_numeric</c> (ints at byte offsets 8 and 12 in SuiteSparse 5.12).</summary>
    public (int Lower, int Upper) FactorNonZeros
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            var fields = (int*)handle;
            return (fields[2], fields[3]);
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeNumeric(&pointer, &common) == 1;
    }
}
