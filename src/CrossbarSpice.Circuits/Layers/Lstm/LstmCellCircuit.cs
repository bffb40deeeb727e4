namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>
/// One LSTM cell of [P0] Fig. 6(a) at the <c>wired</c> level. Each time step the cell's crossbar (rows
/// [x_t; h_{t−1}; 1], outputs the gate pre-activations i, f, g, o) is read through <see cref="ICrossbarRead"/>; the
/// periphery is ideal and works in network units: sigmoid circuits on i, f, o, the tanh circuit on g, the Hadamard
/// multipliers and the adder give c_t = f⊙c_{t−1} + i⊙g and h_t = o⊙tanh(c_t); h and c are held between steps
/// (sample-and-hold), starting from 0. Written independently of the software reference. Thread-safe.
/// </summary>
public sealed class LstmCellCircuit
{
    private readonly ICrossbarRead crossbar;

    /// <summary>Wraps the cell's crossbar.</summary>
    /// <param name="crossbar">The cell's [4H × (I + H)] crossbar.</param>
    /// <param name="inputSize">I, features per time step.</param>
    /// <exception cref="InvalidOperationException">The crossbar's outputs are not four gates of H, or its inputs not I + H.</exception>
    public LstmCellCircuit(ICrossbarRead crossbar, int inputSize)
    {
        this.crossbar = crossbar;
        InputSize = inputSize;
        Hidden = crossbar.Outputs / 4;
        if (crossbar.Outputs != 4 * Hidden || crossbar.Inputs != inputSize + Hidden)
        {
            throw new InvalidOperationException($"an LSTM crossbar of I = {inputSize} needs 4H outputs and I + H inputs; this one has {crossbar.Outputs} × {crossbar.Inputs}");
        }
    }

    /// <summary>I, features per time step.</summary>
    public int InputSize { get; }

    /// <summary>H, hidden features.</summary>
    public int Hidden { get; }

    /// <summary>
    /// Steps the cell over <paramref name="steps"/> time steps; step t's input is
    /// <paramref name="sequence"/>[offset(t) … offset(t) + I) with offset(t) = <paramref name="start"/> + t·<paramref name="stride"/>.
    /// </summary>
    /// <param name="sequence">The values holding the sequence.</param>
    /// <param name="start">Offset of x_0.</param>
    /// <param name="stride">Distance between x_t and x_{t+1}.</param>
    /// <param name="steps">T, ≥ 1.</param>
    /// <param name="reverse">True: read t = T−1 … 0 (backward direction).</param>
    /// <returns>[T, H]: row t is h right after the cell read x_t.</returns>
    public double[] Run(ReadOnlySpan<double> sequence, int start, int stride, int steps, bool reverse)
    {
        var rowVector = new double[InputSize + Hidden];
        var gates = new double[4 * Hidden];
        var held = new double[Hidden]; // the cell state c on its sample-and-hold
        var hidden = new double[steps * Hidden];
        for (var n = 0; n < steps; n++)
        {
            var t = reverse ? steps - 1 - n : n;
            sequence.Slice(start + (t * stride), InputSize).CopyTo(rowVector);

            // h_{t−1} on the crossbar's recurrent rows is still on rowVector[I…] from the previous step (0 at first).
            crossbar.Read(rowVector, gates);
            for (var k = 0; k < Hidden; k++)
            {
                var input = Logistic(gates[k]);
                var forget = Logistic(gates[Hidden + k]);
                var candidate = Math.Tanh(gates[(2 * Hidden) + k]);
                var output = Logistic(gates[(3 * Hidden) + k]);
                held[k] = (forget * held[k]) + (input * candidate);
                var h = output * Math.Tanh(held[k]);
                rowVector[InputSize + k] = h;
                hidden[(t * Hidden) + k] = h;
            }
        }

        return hidden;
    }

    private static double Logistic(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
}
