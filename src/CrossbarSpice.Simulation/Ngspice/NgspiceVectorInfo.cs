using System.Runtime.InteropServices;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Layout of sharedspice.h's <c>vector_info</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NgspiceVectorInfo
{
    /// <summary>Vector name (char*).</summary>
    public byte* Name;

    /// <summary>ngspice's vector type code (SV_TIME=1, SV_FREQUENCY=2, SV_VOLTAGE=3, SV_CURRENT=4, …).</summary>
    public int Type;

    /// <summary>VF_* flags; VF_REAL = 1, VF_COMPLEX = 2.</summary>
    public short Flags;

    /// <summary>Real data, or null for complex vectors.</summary>
    public double* RealData;

    /// <summary>Complex data (pairs of doubles), or null.</summary>
    public double* ComplexData;

    /// <summary>Number of points.</summary>
    public int Length;
}
