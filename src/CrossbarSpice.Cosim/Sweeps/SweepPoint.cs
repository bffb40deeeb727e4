namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>One row of summary.csv: the accuracy of one series at one value over its seeds.</summary>
/// <param name="Series">Fault mode or parameter name.</param>
/// <param name="Value">Swept value.</param>
/// <param name="Seeds">Seeds measured.</param>
/// <param name="Mean">Mean accuracy over the seeds, in [0, 1].</param>
/// <param name="Std">Sample standard deviation over the seeds (n − 1 in the denominator; 0 for one seed).</param>
/// <param name="Min">Lowest accuracy of a seed.</param>
/// <param name="Max">Highest accuracy of a seed.</param>
public sealed record SweepPoint(string Series, double Value, int Seeds, double Mean, double Std, double Min, double Max);
