using System.Diagnostics;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// A timing run of a compiled design: the <c>spice</c> level, stage by stage, each stage's lanes also run as an
/// ngspice transient (<see cref="TimingEvaluator"/>), one sample at a time; then <see cref="TimingReport"/> puts the
/// stages on the critical path and integrates the energy at the clock the slowest lane allows.
/// </summary>
public static class TimingRun
{
    /// <summary>Runs <paramref name="inputs"/> (network inputs) through <paramref name="design"/>.</summary>
    /// <exception cref="InputException">A layer without a circuit, or a design without differential readouts.</exception>
    public static TimingReport Run(CosimDesign design, IReadOnlyList<double[]> inputs, TransientSettings settings, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var stages = design.Stages();
        if (stages.OfType<UnsupportedStage>().FirstOrDefault() is { } unsupported)
        {
            throw new InputException(new SourceLocation(design.Folder.Root, Field: unsupported.Layers[0]), $"a timing run needs a circuit for every layer: {unsupported.Reason}");
        }

        var decks = design.SpiceDecks();
        var options = design.Folder.Manifest.Options;
        var dc = new SpiceEvaluator(design.Folder.Manifest, design.Folder.Root, new NgspiceEngine(), design.SpiceLanesPerRun, decks);
        // Port equivalents are resistive: a design with wire capacitance gets its tiles' RC settling from the array solver.
        var arrays = decks.Arrays == SpiceArrays.Port && options.SegmentFarads is > 0 ? (design.Folder.Plan, options) : ((Mapping.Plans.ConductancePlan, Circuits.Compilation.ManifestOptions)?)null;
        var evaluator = new TimingEvaluator(dc, decks.Read, new NgspiceEngine(), settings, options.OutputVoltsPerUnit, arrays) { Progress = progress };
        using var level = new StagedLevel(design.Network, stages, evaluator) { Progress = progress };
        var samples = new List<IReadOnlyList<StageCall>>(inputs.Count);
        var outputs = new List<double[]>(inputs.Count);
        for (var n = 0; n < inputs.Count; n++)
        {
            progress?.Report($"  sample {n + 1}/{inputs.Count}");
            evaluator.Clear();
            var values = level.Forward([inputs[n]], cancellationToken)[0];
            outputs.Add(values[^1]);
            samples.Add(evaluator.Calls);
        }

        return TimingReport.Of(design.Network, stages, samples, settings, decks.Describe()) with { SpiceOutputs = outputs };
    }

    /// <summary>
    /// The software reference's time per inference on this machine: the project's float64 forward pass
    /// (<see cref="ReferenceNetwork"/>) over <paramref name="inputs"/>, repeated until at least a second has passed
    /// (after one warm-up pass), the median of the per-round means. Measured, so it differs from run to run.
    /// </summary>
    public static double SoftwareSecondsPerInference(CosimDesign design, IReadOnlyList<double[]> inputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(inputs);
        var reference = new ReferenceNetwork(design.Network);
        foreach (var input in inputs)
        {
            reference.Forward(input);
        }

        var rounds = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed < TimeSpan.FromSeconds(1) || rounds.Count < 5)
        {
            var watch = Stopwatch.StartNew();
            foreach (var input in inputs)
            {
                reference.Forward(input);
            }

            rounds.Add(watch.Elapsed.TotalSeconds / inputs.Count);
        }

        rounds.Sort();
        return rounds[rounds.Count / 2];
    }

    /// <summary>Sequential reads of one circuit copy per inference for a stage's layer (a convolution's output pixels, an LSTM cell's steps), 1 for circuits with one copy per lane.</summary>
    internal static int Reads(Core.Network.LayerNode layer, IReadOnlyDictionary<string, Core.Tensors.TensorShape> shapes) =>
        Math.Max(1, LayerCircuits.For(layer).ReadsPerInference(layer, shapes));
}
