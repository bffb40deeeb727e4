namespace CrossbarSpice.Cosim.Energy;

/// <summary>A module without a transistor-level netlist, costed from published figures.</summary>
/// <param name="Module">Row label, e.g. <c>DAC (8-bit)</c>.</param>
/// <param name="JoulesPerOperation">Energy of one operation (conversion, word read, clock step), J.</param>
/// <param name="SquareMetersPerInstance">Area of one instance, m².</param>
/// <param name="Basis">The figure's source and scaling, short.</param>
public sealed record ParametricModel(string Module, double JoulesPerOperation, double SquareMetersPerInstance, string Basis);
