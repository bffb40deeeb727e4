namespace CrossbarSpice.Cosim.Energy;

/// <summary>What reading one compiled crossbar matrix costs, averaged over the representative inputs.</summary>
/// <param name="Layer">Crossbar name (the conductance plan's layer): the layer name for dense and conv2d, e.g.
/// <c>block1.bilstm2d/vertical/forward</c> for an LSTM cell.</param>
/// <param name="Inputs">Matrix inputs (crossbar rows without the bias row).</param>
/// <param name="Outputs">Matrix outputs (each on a G+/G− column pair).</param>
/// <param name="Rows">Physical rows (inputs + bias row).</param>
/// <param name="Columns">Physical columns (2 × outputs).</param>
/// <param name="Tiles">Tiles the matrix is split over.</param>
/// <param name="ReadsPerInference">Reads of the whole matrix per inference: one per token for a dense layer, one per
/// output pixel for a convolution, one per time step for an LSTM cell.</param>
/// <param name="MeanSourceWatts">Σ_rows V_row·I_row over all tiles during a read, W, averaged over the reads measured.</param>
/// <param name="ReadsMeasured">Reads solved to get the mean.</param>
public sealed record CrossbarReadFigures(
    string Layer, int Inputs, int Outputs, int Rows, int Columns, int Tiles, int ReadsPerInference, double MeanSourceWatts, long ReadsMeasured)
{
    /// <summary>The network layer the crossbar belongs to (null: <see cref="Layer"/>).</summary>
    public string? Group { get; init; }

    /// <summary>Row volts per network unit the crossbar was read at, V.</summary>
    public double VoltsPerUnit { get; init; } = double.NaN;

    /// <summary>Memristor cells of the matrix (rows × columns, all tiles).</summary>
    public long Cells => (long)Rows * Columns;

    /// <summary>Energy of the matrix per inference for reads lasting <paramref name="readSeconds"/>, J.</summary>
    public double JoulesPerInference(double readSeconds) => MeanSourceWatts * readSeconds * ReadsPerInference;
}
