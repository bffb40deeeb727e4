using System.Globalization;
using System.Text;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Damped Newton iteration for arrays with non-linear cells, on the KLU analysis of the fixed Jacobian pattern: the
/// first Jacobian of a solver is factored with pivoting (<c>klu_factor</c>), later ones reuse its pivot order
/// (<c>klu_refactor</c>). Starts from 0 V at every node; criteria in <see cref="ArrayNewtonOptions"/>.
/// </summary>
internal sealed class ArrayNewton
{
    private readonly ArrayEvaluator evaluator;
    private readonly SparseLu lu;
    private readonly ArrayNewtonOptions options;
    private readonly double[] jacobian;
    private bool factoredOnce;

    /// <summary>Prepares the iteration.</summary>
    public ArrayNewton(ArrayEvaluator evaluator, SparseLu lu, ArrayNewtonOptions options)
    {
        this.evaluator = evaluator;
        this.lu = lu;
        this.options = options;
        jacobian = new double[lu.NonZeros];
    }

    /// <summary>Solves for the node voltages <paramref name="x"/> (overwritten); returns the iterations taken.</summary>
    /// <exception cref="ConvergenceException">No convergence within the iteration limit.</exception>
    public int Solve(ReadOnlySpan<double> rowVolts, Span<double> x)
    {
        var n = x.Length;
        x.Clear();
        var residual = new double[n];
        var trial = new double[n];
        var trialResidual = new double[n];
        var step = new double[n];
        var largest = evaluator.Residual(x, rowVolts, residual);
        var norm = Norm(residual);
        var history = new StringBuilder();
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            evaluator.Jacobian(x, rowVolts, jacobian);
            lu.Factor(jacobian, reusePivots: factoredOnce);
            factoredOnce = true;
            for (var k = 0; k < n; k++)
            {
                step[k] = -residual[k];
            }

            lu.Solve(step, 1);
            // Damp only while far from the solution: at the round-off floor a full step may not lower the norm.
            var damp = !ResidualIsSmall(residual, largest);
            var alpha = 1.0;
            double trialNorm;
            for (var halving = 0; ; halving++)
            {
                for (var k = 0; k < n; k++)
                {
                    trial[k] = x[k] + (alpha * step[k]);
                }

                largest = evaluator.Residual(trial, rowVolts, trialResidual);
                trialNorm = Norm(trialResidual);
                if (!damp || trialNorm <= norm || halving >= options.MaxStepHalvings)
                {
                    break;
                }

                alpha *= 0.5;
            }

            var small = alpha == 1.0 && StepIsSmall(step, trial);
            trial.AsSpan().CopyTo(x);
            (residual, trialResidual) = (trialResidual, residual);
            norm = trialNorm;
            history.Append(CultureInfo.InvariantCulture, $"iteration {iteration}: damping {alpha:R}, |F|2 {norm:R} A, max branch {largest:R} A\n");
            if (small && ResidualIsSmall(residual, largest))
            {
                return iteration;
            }
        }

        throw new ConvergenceException(
            $"array Newton iteration did not converge in {options.MaxIterations} iterations",
            $"KCL residual 2-norm {norm.ToString("R", CultureInfo.InvariantCulture)} A",
            history.ToString());
    }

    private bool StepIsSmall(ReadOnlySpan<double> step, ReadOnlySpan<double> x)
    {
        for (var k = 0; k < step.Length; k++)
        {
            if (!(Math.Abs(step[k]) <= options.VoltageAbsoluteVolts + (options.VoltageRelative * Math.Abs(x[k]))))
            {
                return false;
            }
        }

        return true;
    }

    private bool ResidualIsSmall(ReadOnlySpan<double> residual, double largest)
    {
        var bound = options.CurrentAbsoluteAmps + (options.CurrentRelative * largest);
        foreach (var value in residual)
        {
            if (!(Math.Abs(value) <= bound))
            {
                return false;
            }
        }

        return true;
    }

    private static double Norm(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value * value;
        }

        return Math.Sqrt(sum);
    }
}
