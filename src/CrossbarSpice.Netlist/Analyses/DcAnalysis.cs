namespace CrossbarSpice.Netlist.Analyses;

/// <summary><c>.dc src start stop step [src2 start2 stop2 step2]</c>: DC transfer sweep.</summary>
/// <param name="Sweep">Inner (fast) sweep.</param>
/// <param name="OuterSweep">Optional outer sweep, or null.</param>
public sealed record DcAnalysis(DcSweep Sweep, DcSweep? OuterSweep = null) : AnalysisCommand;
