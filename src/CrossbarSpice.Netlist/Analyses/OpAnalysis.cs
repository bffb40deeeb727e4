namespace CrossbarSpice.Netlist.Analyses;

/// <summary><c>.op</c>: DC operating point.</summary>
public sealed record OpAnalysis : AnalysisCommand;
