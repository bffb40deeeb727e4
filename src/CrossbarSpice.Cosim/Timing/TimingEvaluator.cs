using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Netlist;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// The <c>spice</c> level's stage computation with a transient beside it: the stage's outputs are the DC spice level's
/// (<see cref="SpiceEvaluator"/>, so every stage is driven by exactly the inputs the <c>spice</c> level gives it), and
/// the same lanes then run through the stage deck in an ngspice transient (<see cref="StageTransient"/>), settling into
/// the band around those DC outputs (a slot's own last value can still be drifting: the abs circuit's diodes recover
/// over microseconds), whose settle times, energies and final values go to <see cref="Calls"/>.
/// </summary>
internal sealed class TimingEvaluator : IStageEvaluator, IDisposable
{
    private readonly SpiceEvaluator dc;
    private readonly Func<string, SpiceNetlist> readDeck;
    private readonly ISimulationEngine engine;
    private readonly TransientSettings settings;
    private readonly double outputVoltsPerUnit;
    private readonly List<StageCall> calls = [];
    private readonly (Mapping.Plans.ConductancePlan Plan, Circuits.Compilation.ManifestOptions Options)? arrays;

    /// <summary>The evaluator; <paramref name="dc"/> and <paramref name="engine"/> are disposed with it.</summary>
    /// <param name="dc">The DC spice level's evaluator.</param>
    /// <param name="readDeck">The stage deck as ngspice gets it.</param>
    /// <param name="engine">ngspice for the transients.</param>
    /// <param name="settings">Band, slots, steps.</param>
    /// <param name="outputVoltsPerUnit">The design's volts per unit between stages.</param>
    /// <param name="arrays">The plan and options whose tiles' RC settling is added to a crossbar stage's (<see cref="ArraySettling"/>),
    /// when the decks carry resistive port equivalents of tiles with wire capacitance; null: none added.</param>
    public TimingEvaluator(SpiceEvaluator dc, Func<string, SpiceNetlist> readDeck, ISimulationEngine engine, TransientSettings settings, double outputVoltsPerUnit, (Mapping.Plans.ConductancePlan, Circuits.Compilation.ManifestOptions)? arrays = null)
    {
        this.arrays = arrays;
        this.dc = dc;
        this.readDeck = readDeck;
        this.engine = engine;
        this.settings = settings;
        this.outputVoltsPerUnit = outputVoltsPerUnit;
    }

    /// <summary>Receives a line as each stage's transient finishes; null for none.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Every stage computation so far, in the order they finished.</summary>
    public IReadOnlyList<StageCall> Calls
    {
        get
        {
            lock (calls)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>Forgets the calls recorded so far (between samples).</summary>
    public void Clear()
    {
        lock (calls)
        {
            calls.Clear();
        }
    }

    /// <inheritdoc />
    public double[][][] Evaluate(CircuitStage stage, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken) =>
        EvaluateSamples(stage, lanes, lanes.Count, cancellationToken);

    /// <inheritdoc />
    public double[][][] EvaluateSamples(CircuitStage stage, IReadOnlyList<double[]> lanes, int lanesPerSample, CancellationToken cancellationToken)
    {
        var outputs = dc.EvaluateSamples(stage, lanes, lanesPerSample, cancellationToken);
        var laneVolts = lanes.Select(lane => lane.Select((x, i) => x * InputVoltsPerUnit(stage, i)).ToArray()).ToList();
        var nodes = stage.OutputNodes.SelectMany(group => group).ToList();
        var targets = outputs.Select(lane => lane.SelectMany((group, g) => group.Select((y, i) => y * OutputVoltsPerUnit(stage, g, i))).ToArray()).ToList();
        var result = StageTransient.Run(readDeck(stage.Deck), stage.InputSources, nodes, laneVolts, targets, settings, engine, cancellationToken);
        var worst = 0.0;
        for (var l = 0; l < lanes.Count; l++)
        {
            var final = result.FinalVolts(l);
            var o = 0;
            for (var g = 0; g < stage.OutputNodes.Count; g++)
            {
                for (var i = 0; i < stage.OutputNodes[g].Count; i++, o++)
                {
                    worst = Math.Max(worst, Math.Abs(final[o] - (outputs[l][g][i] * OutputVoltsPerUnit(stage, g, i))));
                }
            }
        }

        var call = new StageCall(stage, result, worst) { ArraySettleSeconds = ArraySeconds(stage, lanes, result) };
        lock (calls)
        {
            calls.Add(call);
        }

        Progress?.Report(FormattableString.Invariant($"      transient of {StageCall.RowName(stage)}: {lanes.Count} lane(s), slowest {Enumerable.Range(0, lanes.Count).Max(result.SettleSeconds) * 1e9:0.#} ns, ngspice {result.Elapsed.TotalSeconds:0.0} s"));
        return outputs;
    }

    /// <summary>The tiles' RC settle time for the stage's slowest lane and for its largest input step (0 without <c>arrays</c>).</summary>
    private double ArraySeconds(CircuitStage stage, IReadOnlyList<double[]> lanes, StageTransientResult result)
    {
        if (arrays is not { } a || stage is not CrossbarStage crossbar || a.Plan.Layers.FirstOrDefault(l => l.Name == stage.Layers[0]) is not { } layer)
        {
            return 0;
        }

        double[] Before(int lane) => lane % settings.LanesPerRun == 0 ? new double[lanes[lane].Length] : lanes[lane - 1];
        var slowest = Enumerable.Range(0, lanes.Count).MaxBy(result.SettleSeconds);
        var largest = Enumerable.Range(0, lanes.Count).MaxBy(l => lanes[l].Zip(Before(l), (x, y) => Math.Abs(x - y)).DefaultIfEmpty(0).Max());
        return new[] { slowest, largest }.Distinct().Max(l => ArraySettling.Seconds(layer, a.Options, crossbar.InputVoltsPerUnit, Before(l), lanes[l], settings.BandVolts / crossbar.FeedbackOhms));
    }

    private double InputVoltsPerUnit(CircuitStage stage, int input) => stage switch
    {
        CrossbarStage crossbar => crossbar.InputVoltsPerUnit,
        LstmCellStage cell => cell.InputVoltsPerUnit(input),
        _ => outputVoltsPerUnit,
    };

    private double OutputVoltsPerUnit(CircuitStage stage, int group, int index) =>
        stage is LstmCellStage cell ? cell.OutputVoltsPerUnit(group, index) : outputVoltsPerUnit;

    /// <summary>Disposes the DC evaluator and the transient engine.</summary>
    public void Dispose()
    {
        dc.Dispose();
        engine.Dispose();
    }
}

/// <summary>One stage computation of a timing run: the stage, its transient and how far the transient's final values lie from the DC spice level's.</summary>
/// <param name="Stage">The stage (an LSTM cell for one time step).</param>
/// <param name="Transient">The transient of its lanes.</param>
/// <param name="DcDeltaVolts">Largest |final − DC| over its lanes and outputs, V.</param>
internal sealed record StageCall(CircuitStage Stage, StageTransientResult Transient, double DcDeltaVolts)
{
    /// <summary>The tiles' own RC settle time added in series to the ngspice settle time (port decks drop wire capacitance), s; 0 when none.</summary>
    public double ArraySettleSeconds { get; init; }

    /// <summary>The name of the timing row a stage belongs to: its layers, or an LSTM cell's crossbar.</summary>
    public static string RowName(CircuitStage stage) => stage is LstmCellStage cell ? cell.Crossbar : string.Join("+", stage.Layers);
}
