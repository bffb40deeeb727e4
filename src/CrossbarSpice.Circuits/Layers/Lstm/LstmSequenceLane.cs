namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>One sequence an LSTM cell steps through at a staged level: x_t at <c>Start + t·Stride</c> of sample
/// <c>Sample</c>'s input; <c>Output(t, last)</c> is where h_t goes in the layer's output, or −1.</summary>
/// <param name="Sample">Sample of the batch.</param>
/// <param name="Start">Offset of x_0.</param>
/// <param name="Stride">Distance between x_t and x_{t+1}.</param>
/// <param name="Steps">T.</param>
/// <param name="Reverse">True: the cell reads t = T−1 … 0.</param>
/// <param name="Output">Where h_t goes (t, whether it is the last step), or −1.</param>
public sealed record LstmSequenceLane(int Sample, int Start, int Stride, int Steps, bool Reverse, Func<int, bool, int> Output);
