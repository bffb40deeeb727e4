namespace CrossbarSpice.Cosim.Timing;

/// <summary>One stage (or one LSTM cell) of a timing run, over every sample run.</summary>
/// <param name="Stage">The stage's layers joined by +, or an LSTM cell's crossbar.</param>
/// <param name="Layer">The layer it belongs to (the cells of one LSTM layer run side by side).</param>
/// <param name="Kind">crossbar, element, average, max or lstm-cell.</param>
/// <param name="LanesPerInference">Lanes it computes per inference (output pixels, pooled elements, cell steps × sequences).</param>
/// <param name="Reads">Sequential reads per inference: the lanes one circuit copy computes one after another (a
/// convolution's output pixels, an LSTM cell's tokens); 1 when every lane has its own copy.</param>
/// <param name="SettleSeconds">The slowest lane's settle time over every sample, s: the stage's clock period.</param>
/// <param name="CriticalLane">Where that lane is: sample, time step (LSTM) and lane.</param>
/// <param name="CriticalOutput">The output net that settled last in that lane.</param>
/// <param name="JoulesPerInference">Σ over the lanes of ∫ Σ −V·I of the deck's sources over one clock period from
/// each lane's step, J, mean over the samples.</param>
/// <param name="Settled">False when a lane did not settle within the longest slot (its settle time is then a lower bound).</param>
/// <param name="DcDeltaVolts">Largest |transient final value − DC spice level| over lanes and outputs, V.</param>
/// <param name="SlotSeconds">Longest slot a lane needed, s.</param>
/// <param name="ArraySettleSeconds">The tiles' RC settle time added in series, s (<see cref="ArraySettling"/>); 0 when the
/// tiles are in ngspice's deck with their capacitance, or have none.</param>
public sealed record TimingRow(
    string Stage,
    string Layer,
    string Kind,
    int LanesPerInference,
    int Reads,
    double SettleSeconds,
    string CriticalLane,
    string CriticalOutput,
    double JoulesPerInference,
    bool Settled,
    double DcDeltaVolts,
    double SlotSeconds,
    double ArraySettleSeconds)
{
    /// <summary>The stage's clock period, s: <see cref="SettleSeconds"/> + <see cref="ArraySettleSeconds"/>.</summary>
    public double ClockSeconds => SettleSeconds + ArraySettleSeconds;

    /// <summary>Time the stage takes per inference, s: <see cref="Reads"/> × <see cref="ClockSeconds"/>.</summary>
    public double LatencySeconds => Reads * ClockSeconds;
}
