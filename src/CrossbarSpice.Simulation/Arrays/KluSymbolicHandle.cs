using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>Owns a <c>klu_symbolic*</c> (ordering and block structure) and frees it with <c>klu_free_symbolic</c>.</summary>
internal sealed unsafe class KluSymbolicHandle : SafeHandle
{
    /// <summary>Creates an empty handle (for marshalling).</summary>
    public KluSymbolicHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="symbolic"/>.</summary>
    public KluSymbolicHandle(IntPtr symbolic)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(symbolic);

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeSymbolic(&pointer, &common) == 1;
    }
}
