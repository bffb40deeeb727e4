using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// KLU on one fixed sparsity pattern: the symbolic analysis (BTF + AMD fill-reducing ordering) once, then numeric
/// factorisations (<c>klu_factor</c>, with partial pivoting) or refactorisations reusing the pivot order
/// (<c>klu_refactor</c>), and in-place solves. Not thread-safe: KLU solves in the Numeric object's workspace.
/// </summary>
internal sealed unsafe class SparseLu : IDisposable
{
    private readonly int[] columnPointers;
    private readonly int[] rowIndices;
    private readonly KluSymbolicHandle symbolic;
    private KluNumericHandle? numeric;
    private KluCommon common;
    private bool disposed;

    /// <summary>Analyses the pattern.</summary>
    /// <exception cref="SparseSolverException">KLU failed (out of memory, invalid pattern).</exception>
    public SparseLu(int order, int[] columnPointers, int[] rowIndices)
    {
        Order = order;
        this.columnPointers = columnPointers;
        this.rowIndices = rowIndices;
        common = KluNative.NewCommon();
        IntPtr pointer;
        fixed (int* ap = columnPointers, ai = rowIndices)
        fixed (KluCommon* c = &common)
        {
            pointer = KluNative.Analyze(order, ap, ai, c);
        }

        if (pointer == IntPtr.Zero)
        {
            throw new SparseSolverException($"klu_analyze of a {order}×{order} matrix failed", common.Status);
        }

        symbolic = new KluSymbolicHandle(pointer);
    }

    /// <summary>Matrix order n.</summary>
    public int Order { get; }

    /// <summary>Entries of the pattern.</summary>
    public int NonZeros => rowIndices.Length;

    /// <summary>Nonzeros of L and U (diagonals included) of the current factorisation; (0, 0) before one.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public (int Lower, int Upper) FactorNonZeros
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return numeric?.FactorNonZeros ?? (0, 0);
        }
    }

    /// <summary>KLU's peak memory so far, bytes.</summary>
    public long PeakBytes => (long)common.MemPeak;

    /// <summary>Flop count of the current factorisation.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public double FactorFlops
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (numeric is null)
            {
                return 0;
            }

            fixed (KluCommon* c = &common)
            {
                KluNative.CountFlops(symbolic.DangerousGetHandle(), numeric.DangerousGetHandle(), c);
                return c->Flops;
            }
        }
    }

    /// <summary>Factors the matrix with values <paramref name="values"/> (in pattern order). With
    /// <paramref name="reusePivots"/> and an earlier factorisation, refactors with the earlier pivot order.</summary>
    /// <exception cref="SingularMatrixException">A zero pivot.</exception>
    /// <exception cref="SparseSolverException">KLU failed otherwise.</exception>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public void Factor(double[] values, bool reusePivots)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        fixed (int* ap = columnPointers, ai = rowIndices)
        fixed (double* ax = values)
        fixed (KluCommon* c = &common)
        {
            if (reusePivots && numeric is not null)
            {
                if (KluNative.Refactor(ap, ai, ax, symbolic.DangerousGetHandle(), numeric.DangerousGetHandle(), c) == 1)
                {
                    return;
                }

                ThrowFor(c->Status, "klu_refactor");
            }

            numeric?.Dispose();
            numeric = null;
            var pointer = KluNative.Factor(ap, ai, ax, symbolic.DangerousGetHandle(), c);
            if (pointer == IntPtr.Zero)
            {
                ThrowFor(c->Status, "klu_factor");
            }

            numeric = new KluNumericHandle(pointer);
        }
    }

    /// <summary>Overwrites the <paramref name="count"/> right-hand sides in <paramref name="block"/> (column-major,
    /// leading dimension <see cref="Order"/>) with the solutions.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/> (the factors are freed: KLU would read freed memory).</exception>
    public void Solve(Span<double> block, int count)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (numeric is null)
        {
            throw new InvalidOperationException("solve before factor");
        }

        fixed (double* b = block)
        fixed (KluCommon* c = &common)
        {
            if (KluNative.Solve(symbolic.DangerousGetHandle(), numeric.DangerousGetHandle(), Order, count, b, c) != 1)
            {
                ThrowFor(c->Status, "klu_solve");
            }
        }
    }

    /// <summary>Frees the factors and the analysis; every later use throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        disposed = true;
        numeric?.Dispose();
        numeric = null;
        symbolic.Dispose();
    }

    private static void ThrowFor(int status, string call)
    {
        if (status == KluNative.Singular)
        {
            throw new SingularMatrixException(
                $"{call}: the array's nodal matrix is singular (a floating node)", KluNative.Describe(status), string.Empty);
        }

        throw new SparseSolverException(call + " failed", status);
    }
}
