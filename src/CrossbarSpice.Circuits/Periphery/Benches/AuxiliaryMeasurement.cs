using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>An extra figure of merit measured on its own bench (e.g. an op-amp's open-loop DC gain).</summary>
/// <param name="Name">Metric name, e.g. <c>dc_gain_db</c>.</param>
/// <param name="Unit">Unit, e.g. <c>dB</c>.</param>
/// <param name="Netlist">The bench deck.</param>
/// <param name="Analysis">Its analysis.</param>
/// <param name="Evaluate">Computes the metric from the bench's vectors.</param>
public sealed record AuxiliaryMeasurement(string Name, string Unit, SpiceNetlist Netlist, AnalysisCommand Analysis, Func<BenchVectors, double> Evaluate);
