using CrossbarSpice.Cosim.Levels;
namespace CrossbarSpice.Cosim.Runs;

/// <summary>The outcome of a co-simulation run over samples 0 … N−1 (finished earlier or now).</summary>
/// <param name="Levels">The levels, in fidelity order.</param>
/// <param name="Layers">The network's layer names, in order.</param>
/// <param name="Samples">One record per sample, by index.</param>
/// <param name="NewlyComputed">How many samples this run computed (the rest came from the progress file).</param>
/// <param name="VoltsPerUnit">Volts per network unit of the layer outputs (the design's OutputVoltsPerUnit), V.</param>
public sealed record CosimReport(IReadOnlyList<CosimLevel> Levels, IReadOnlyList<string> Layers, IReadOnlyList<SampleRecord> Samples, int NewlyComputed, double VoltsPerUnit)
{
    /// <summary>The class names by label (from the data set or a class-name file), or null; they add name columns to
    /// predictions.csv and the per-class table classes.csv.</summary>
    public IReadOnlyList<string>? ClassNames { get; init; }

    /// <summary>The class names figures and report.html show: <see cref="ClassNames"/>, or the names a data set is known
    /// by but keeps out of the tables (Fashion-MNIST's); null to show indices.</summary>
    public IReadOnlyList<string>? DisplayClassNames { get; init; }

    /// <summary>The run's inputs against the DAC range, or null when not known.</summary>
    public InputRangeSummary? InputRange { get; init; }

    /// <summary>Correctly classified samples at level number <paramref name="level"/> (index into <see cref="Levels"/>).</summary>
    public int Correct(int level) => Samples.Count(s => s.Predicted[level] == s.Label);

    /// <summary>Fraction correct at level number <paramref name="level"/>, in [0, 1]; 0 without samples.</summary>
    public double Accuracy(int level) => Samples.Count == 0 ? 0.0 : (double)Correct(level) / Samples.Count;

    /// <summary>Samples whose predicted class is the same at level numbers <paramref name="a"/> and <paramref name="b"/>.</summary>
    public int Agreeing(int a, int b) => Samples.Count(s => s.Predicted[a] == s.Predicted[b]);

    /// <summary>The plot files written into the output folder (none unless asked for).</summary>
    public IReadOnlyList<string> PlotFiles { get; init; } = [];
}
