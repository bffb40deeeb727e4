namespace CrossbarSpice.Circuits.Layers;

/// <summary>A peripheral module a layer needs.</summary>
/// <param name="Group">Layer name.</param>
/// <param name="Role">What it does there, e.g. <c>readout</c>, <c>activation</c>.</param>
/// <param name="Module">Characterised module name (<c>PeripheryModules</c>), e.g. <c>relu</c>.</param>
/// <param name="Instances">Physical instances.</param>
/// <param name="OperationsPerInference">Operations of all instances per inference.</param>
/// <param name="Basis">How instances and operations were counted.</param>
public sealed record PeripheryUse(string Group, string Role, string Module, long Instances, long OperationsPerInference, string Basis);
