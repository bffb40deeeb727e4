namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Convergence criteria of the array solver's Newton iteration for non-linear cells (1S1M, 1T1M). An iteration has
/// converged when it took a full (undamped) step and both hold: every node's update |Δv| ≤
/// <see cref="VoltageAbsoluteVolts"/> + <see cref="VoltageRelative"/>·|v| and, at the updated voltages, every node's
/// KCL residual (net current leaving it) ≤ <see cref="CurrentAbsoluteAmps"/> + <see cref="CurrentRelative"/>·I_max,
/// I_max being the largest branch current in the array.
/// </summary>
public sealed record ArrayNewtonOptions
{
    /// <summary>Absolute voltage-update tolerance, V, ≥ 0. Default 1e-12 V.</summary>
    public double VoltageAbsoluteVolts { get; init => field = NonNegative(value); } = 1e-12;

    /// <summary>Relative voltage-update tolerance, dimensionless, ≥ 0. Default 1e-9.</summary>
    public double VoltageRelative { get; init => field = NonNegative(value); } = 1e-9;

    /// <summary>Absolute KCL-residual tolerance, A, ≥ 0. Default 1e-15 A.</summary>
    public double CurrentAbsoluteAmps { get; init => field = NonNegative(value); } = 1e-15;

    /// <summary>KCL-residual tolerance relative to the largest branch current, ≥ 0. Default 1e-9.</summary>
    public double CurrentRelative { get; init => field = NonNegative(value); } = 1e-9;

    /// <summary>Newton iterations before <see cref="Engine.ConvergenceException"/>, ≥ 1. Default 200.</summary>
    public int MaxIterations { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be ≥ 1"); } = 200;

    /// <summary>Damping: a step is halved (up to <see cref="MaxStepHalvings"/> times) while it does not reduce the
    /// 2-norm of the KCL residual; the last trial is taken anyway. Default 30.</summary>
    public int MaxStepHalvings { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be ≥ 0"); } = 30;

    /// <summary>The defaults.</summary>
    public static ArrayNewtonOptions Default { get; } = new();

    private static double NonNegative(double value) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be finite and ≥ 0");
}
