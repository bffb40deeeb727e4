namespace CrossbarSpice.Mapping.Compensation;

/// <summary>When the IR-drop compensation of a tile stops.</summary>
/// <param name="Tolerance">Converged when max |M(G) − G_target| over the cells not held at a device bound is at most
/// this fraction of the device range (Gmax − Gmin).</param>
/// <param name="MaxIterations">Most evaluations of M(G) after the first.</param>
/// <remarks>The default 1e-6 of the range is 1e-6·Wmax/headroom in weight units, far below one level of a 200-level
/// card (5e-3 of the range).</remarks>
public sealed record CompensationSettings(double Tolerance = 1e-6, int MaxIterations = 60)
{
    /// <summary>The defaults: 1e-6 of the device range, 60 iterations.</summary>
    public static CompensationSettings Default { get; } = new();
}
