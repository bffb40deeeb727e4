using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// Runs a robustness sweep: for every work unit of the spec (the software reference, then every series × value ×
/// seed; only the shard's units when sharded) re-programs the design (<see cref="SweepProgramming"/>), runs samples
/// 0 … N − 1 through the requested level (<see cref="CosimDesign.Level"/>, so every level cosim has works) and records
/// the number classified correctly in progress.csv as soon as the unit finishes. A rerun skips finished units. The run
/// folder appears only with the first finished unit, so a sweep that fails before leaves nothing behind.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs <paramref name="request"/> on <paramref name="data"/>.</summary>
    /// <param name="request">Design, sweep, shard and run folder.</param>
    /// <param name="data">The data set; samples 0 … Samples − 1 are run, each normalised as the design was compiled
    /// (<see cref="DesignSamples"/>).</param>
    /// <param name="progress">Receives one line per unit; may be null.</param>
    /// <param name="cancellationToken">Checked while a unit runs; finished units stay in progress.csv.</param>
    /// <exception cref="InputException">Bad design, level or arguments, a run folder holding another sweep, data that do
    /// not fit the design, or fewer samples than requested (field <c>Samples</c>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; rerun to resume.</exception>
    public static SweepRun Run(SweepRequest request, LabelledSamples data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        Validate(request);
        var design = CosimDesign.Open(request.DesignFolder);
        var inputs = DesignSamples.Of(design, data, request.Samples);
        var spec = new SweepSpec(
            request.DesignFolder,
            design.Sha256(),
            request.Data,
            request.Split,
            inputs.Count,
            CosimLevels.Name(request.Level),
            SweepNames.Of(request.Vary.Parameter),
            request.Faults?.Select(SweepNames.Of).ToList(),
            request.Vary.Values,
            request.Seeds,
            request.Faults?.Contains(FaultMode.Both) == true ? SweepNames.Of(request.StuckBoth) : null,
            request.WeightLevels);
        var document = SweepDocument.For(spec, request.Shard);
        var folder = new SweepRunFolder(request.OutDirectory, document);
        var file = new SweepProgressFile(request.OutDirectory, spec);
        var finished = folder.Exists ? file.ReadExisting() : new SortedDictionary<int, SweepUnitResult>();
        var mine = spec.Units().Where(u => request.Shard?.Contains(u.Index) ?? true).ToList();
        foreach (var foreign in finished.Keys.Where(k => !(request.Shard?.Contains(k) ?? true)).ToList())
        {
            finished.Remove(foreign);
        }

        var todo = mine.Where(u => !finished.ContainsKey(u.Index)).ToList();
        var shardText = request.Shard is null ? string.Empty : $" shard {request.Shard}:";
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"sweep {design.Folder.Manifest.Design}:{shardText} {spec.Parameter} over {spec.Values.Count} value(s) × {spec.Seeds.Count} seed(s) × {spec.Series().Count} series at {spec.Level}, {spec.Samples} sample(s) each; {mine.Count} unit(s), {mine.Count - todo.Count} already done"));

        if (todo.Count > 0 && inputs.Range().Describe() is { } range)
        {
            progress?.Report(range);
        }

        var programming = new SweepProgramming(design, request.Vary.Parameter, request.StuckBoth, request.WeightLevels);
        foreach (var unit in todo)
        {
            var clock = Stopwatch.StartNew();
            var result = Compute(unit, design, request.Level, programming, inputs, spec.Samples, cancellationToken);
            folder.Record(file, spec, [result]);
            finished[unit.Index] = result;
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"  {finished.Count}/{mine.Count} {Describe(unit, spec)}: {100 * result.Accuracy:F2} % ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        if (finished.Count == mine.Count)
        {
            if (folder.Exists)
            {
                file.Rewrite(finished.Values);
            }
            else
            {
                // A shard without units: its folder holds the document and an empty progress file.
                folder.Record(file, spec, []);
            }
        }

        return new SweepRun(document, [.. finished.Values], todo.Count, mine.Count);
    }

    private static void Validate(SweepRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Samples, 1);
        if (request.Level == CosimLevel.Ideal)
        {
            throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Level)), "the ideal level has no devices to sweep; choose mapped, wired, characterised or spice");
        }

        var isFaultRate = request.Vary.Parameter == SweepParameter.FaultRate;
        if (isFaultRate && request.Faults is not { Count: > 0 })
        {
            throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Faults)), "a fault-rate sweep needs fault modes: lrs, hrs or both (or a list: lrs,hrs,both)");
        }

        if (!isFaultRate && request.Faults is { Count: > 0 })
        {
            throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Faults)), $"fault modes belong to fault-rate sweeps, not to {SweepNames.Of(request.Vary.Parameter)}");
        }

        if (request.WeightLevels is { } k && (request.Vary.Parameter != SweepParameter.Prune || k < 2))
        {
            throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.WeightLevels)), "weight levels (k ≥ 2) belong to prune sweeps");
        }

        if (request.Seeds.Count == 0 || request.Seeds.Distinct().Count() != request.Seeds.Count)
        {
            throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Seeds)), "need one or more distinct seeds");
        }
    }

    private static SweepUnitResult Compute(SweepUnit unit, CosimDesign design, CosimLevel level, SweepProgramming programming, DesignSamples data, int samples, CancellationToken cancellationToken)
    {
        var correct = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (unit.IsSoftware)
        {
            var forward = design.Level(CosimLevel.Ideal);
            Parallel.For(0, samples, parallel, i => Count(forward, data, i, ref correct));
            return new SweepUnitResult(unit, correct, samples);
        }

        var plan = programming.Plan(unit);
        if (plan.NonIdealities.ReadNoiseSigma is > 0)
        {
            // Read noise: every inference reads its own draw of the conductances, so each sample gets its own level.
            Parallel.For(0, samples, parallel, i =>
            {
                var forward = design.WithPlan(SweepProgramming.ReadPlan(plan, i)).Level(level);
                try
                {
                    Count(forward, data, i, ref correct);
                }
                finally
                {
                    (forward as IDisposable)?.Dispose();
                }
            });
            return new SweepUnitResult(unit, correct, samples);
        }

        var shared = design.WithPlan(plan).Level(level);
        try
        {
            Parallel.For(0, samples, parallel, i => Count(shared, data, i, ref correct));
        }
        finally
        {
            (shared as IDisposable)?.Dispose();
        }

        return new SweepUnitResult(unit, correct, samples);
    }

    private static void Count(ILevelForward forward, DesignSamples data, int index, ref int correct)
    {
        var output = forward.Forward(data.Input(index))[^1];
        var best = 0;
        for (var i = 1; i < output.Length; i++)
        {
            if (output[i] > output[best])
            {
                best = i;
            }
        }

        if (best == data.Label(index))
        {
            Interlocked.Increment(ref correct);
        }
    }

    private static string Describe(SweepUnit unit, SweepSpec spec) =>
        unit.IsSoftware
            ? "software reference (ideal level)"
            : string.Create(CultureInfo.InvariantCulture, $"{(spec.Faults is null ? string.Empty : unit.Series + " ")}{spec.Parameter}={unit.Value} seed {unit.Seed}");
}
