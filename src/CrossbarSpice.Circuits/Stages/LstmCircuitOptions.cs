namespace CrossbarSpice.Circuits.Stages;

/// <summary>The compiler's choices for LSTM cell circuits (compile-weights <c>--lstm-sigmoid</c>, <c>--lstm-cell-volts</c>).</summary>
/// <param name="Sigmoid">The gates' sigmoid circuit.</param>
/// <param name="CellVoltsPerUnit">s_c, volts per unit of the cell state c.</param>
public sealed record LstmCircuitOptions(LstmSigmoid Sigmoid = LstmSigmoid.SixTransistor, double CellVoltsPerUnit = LstmCellScales.DefaultCellVoltsPerUnit)
{
    /// <summary>The defaults: six-transistor sigmoid, 0.5 V per unit of c.</summary>
    public static LstmCircuitOptions Default { get; } = new();
}
