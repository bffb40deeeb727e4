namespace CrossbarSpice.Cosim.Energy;

/// <summary>One row of the energy and area report: one module of one layer (or of the chip's I/O and control).</summary>
/// <param name="Group">Layer name, or <c>io</c> / <c>control</c> for modules that belong to no layer.</param>
/// <param name="Module">What the row counts, e.g. <c>synapse array</c>, <c>readout (current-subtractor)</c>.</param>
/// <param name="Instances">Physical instances on the chip (area counts each once).</param>
/// <param name="OperationsPerInference">Operations of all instances together per inference (reads, conversions, …).</param>
/// <param name="JoulesPerInference">Energy per inference, J, ≥ 0.</param>
/// <param name="AreaSquareMeters">Area of all instances, m², ≥ 0.</param>
/// <param name="Source">Simulated or estimate.</param>
/// <param name="Basis">How the figures were obtained, in a few words.</param>
public sealed record ModuleRow(
    string Group, string Module, long Instances, long OperationsPerInference, double JoulesPerInference, double AreaSquareMeters, ModuleSource Source, string Basis);
