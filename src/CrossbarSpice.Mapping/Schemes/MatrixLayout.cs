namespace CrossbarSpice.Mapping.Schemes;

/// <summary>
/// How a weight matrix sits on a logical crossbar. Rows: the <see cref="Inputs"/> input lines, then the bias
/// row if any. Columns: output j uses columns 2j (G+) and 2j+1 (G−). Column currents relate to the layer's
/// pre-activation y = W·x + b as I(2j) − I(2j+1) = k·V/x·y_j when every input x is applied as V/x volts.
/// </summary>
/// <param name="Inputs">Input lines (weight matrix columns).</param>
/// <param name="Outputs">Outputs (weight matrix rows).</param>
/// <param name="HasBiasRow">True when the last row carries the bias.</param>
/// <param name="BiasInput">Input value (network units) the bias row is driven with.</param>
/// <param name="SiemensPerWeight">k: (G+ − G−) = k·W, S per weight unit.</param>
/// <param name="Scheme">The mapping scheme.</param>
public sealed record MatrixLayout(int Inputs, int Outputs, bool HasBiasRow, double BiasInput, double SiemensPerWeight, MappingScheme Scheme)
{
    /// <summary>Logical crossbar rows: inputs plus the bias row.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Rows => Inputs + (HasBiasRow ? 1 : 0);

    /// <summary>Logical crossbar columns: two per output.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Columns => 2 * Outputs;
}
