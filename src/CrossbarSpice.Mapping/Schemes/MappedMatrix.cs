using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Schemes;

/// <summary>
/// A weight matrix (and bias) laid out as target conductances of one logical crossbar, before tiling and
/// before non-idealities. Rows: the <see cref="Inputs"/> input lines, then the bias row if any. Columns:
/// output j uses columns 2j (G+) and 2j+1 (G−).
/// </summary>
/// <param name="Target">Target conductances, (Inputs + bias) × 2·Outputs, S.</param>
/// <param name="Inputs">Input lines (weight matrix columns).</param>
/// <param name="Outputs">Outputs (weight matrix rows).</param>
/// <param name="HasBiasRow">True when the last row carries the bias.</param>
/// <param name="BiasInput">Input value (network units) the bias row is driven with.</param>
/// <param name="SiemensPerWeight">k: (G+ − G−) = k·W, S per weight unit.</param>
/// <param name="Scheme">The scheme that produced it.</param>
public sealed record MappedMatrix(
    ConductanceMatrix Target,
    int Inputs,
    int Outputs,
    bool HasBiasRow,
    double BiasInput,
    double SiemensPerWeight,
    MappingScheme Scheme);
