using System.Runtime.InteropServices;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>The KLU interop layer: struct layout, defaults, a tiny solve, a singular matrix.</summary>
public sealed class KluNativeTests
{
    [Fact]
    public void KluCommon_Layout_Is160BytesAsInSuiteSparse512()
    {
        Assert.Equal(160, Marshal.SizeOf<KluCommon>());
        Assert.Equal(56, (int)Marshal.OffsetOf<KluCommon>(nameof(KluCommon.UserOrder)));
        Assert.Equal(104, (int)Marshal.OffsetOf<KluCommon>(nameof(KluCommon.Flops)));
        Assert.Equal(152, (int)Marshal.OffsetOf<KluCommon>(nameof(KluCommon.MemPeak)));
    }

    [Fact]
    public void NewCommon_Defaults_AreKlusDocumentedDefaults()
    {
        var common = KluNative.NewCommon();

        Assert.Equal(0.001, common.Tol);
        Assert.Equal(1, common.Btf);
        Assert.Equal(0, common.Ordering);
        Assert.Equal(2, common.Scale);
        Assert.Equal(1, common.HaltIfSingular);
    }

    [Fact]
    public void Solve_TwoByTwo_GivesTheAnalyticSolution()
    {
        // [[4, 1], [2, 3]] x = [1, 2] → x = [0.1, 0.6]
        using var lu = new SparseLu(2, [0, 2, 4], [0, 1, 0, 1]);
        lu.Factor([4, 2, 1, 3], reusePivots: false);
        double[] b = [1, 2];

        lu.Solve(b, 1);

        Assert.Equal(0.1, b[0], 15);
        Assert.Equal(0.6, b[1], 15);
    }

    [Fact]
    public void Factor_SingularMatrix_ThrowsSingularMatrixException()
    {
        using var lu = new SparseLu(2, [0, 2, 4], [0, 1, 0, 1]);

        Assert.Throws<SingularMatrixException>(() => lu.Factor([1, 1, 1, 1], reusePivots: false));
    }

    [Fact]
    public void Members_AfterDispose_ThrowObjectDisposedInsteadOfTouchingFreedFactors()
    {
        var lu = new SparseLu(2, [0, 2, 4], [0, 1, 0, 1]);
        lu.Factor([4, 2, 1, 3], reusePivots: false);
        lu.Dispose();
        double[] b = [1, 2];

        Assert.Throws<ObjectDisposedException>(() => lu.Solve(b, 1));
        Assert.Throws<ObjectDisposedException>(() => lu.Factor([4, 2, 1, 3], reusePivots: true));
        Assert.Throws<ObjectDisposedException>(() => lu.FactorFlops);
        Assert.Throws<ObjectDisposedException>(() => lu.FactorNonZeros);
        lu.Dispose();
    }
}
