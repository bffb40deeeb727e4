namespace CrossbarSpice.Netlist.Analyses;

/// <summary><c>.tran step stop [start [maxstep]] [uic]</c>: transient analysis.</summary>
/// <param name="Step">Printing/plotting increment, s, &gt; 0.</param>
/// <param name="Stop">Final time, s, &gt; 0.</param>
/// <param name="Start">Time from which results are kept, s, or null (0). Written as <c>0</c> when only
/// <paramref name="MaxStep"/> is given, so it then reads back as 0.</param>
/// <param name="MaxStep">Largest internal time step, s, or null for ngspice's default.</param>
/// <param name="UseInitialConditions">Writes <c>uic</c>: skip the operating point and use <c>ic=</c> values.</param>
public sealed record TranAnalysis(double Step, double Stop, double? Start = null, double? MaxStep = null, bool UseInitialConditions = false)
    : AnalysisCommand;
