using System.Globalization;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The co-simulation harness: runs samples 0 … N−1 of a labelled data set through every requested level of a compiled
/// design, records per sample the predicted classes and the per-layer |Δ| between neighbouring levels in the progress
/// file (resuming where an earlier run stopped), then writes the summary tables atomically.
/// </summary>
public static class CosimRunner
{
    /// <summary>Runs <paramref name="request"/> on <paramref name="data"/>.</summary>
    /// <param name="request">Design, levels, sample count and output folder.</param>
    /// <param name="data">The data set; samples 0 … Samples − 1 are run, each normalised as the design was compiled
    /// (<see cref="DesignSamples"/>).</param>
    /// <param name="progress">Receives one line per batch; may be null.</param>
    /// <param name="cancellationToken">Checked between batches; finished batches stay in the progress file.</param>
    /// <exception cref="Core.Diagnostics.InputException">Bad design, levels or output folder; data that do not fit the
    /// design, or fewer samples than requested (field <c>Samples</c>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; rerun to resume.</exception>
    public static CosimReport Run(CosimRequest request, LabelledSamples data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Samples, 1);
        var design = CosimDesign.Open(request.DesignFolder);
        design.SpiceWholeNetlist = request.SpiceWholeNetlist;
        design.SpiceArrays = request.SpiceArrays;
        var inputs = DesignSamples.Of(design, data, request.Samples);
        var samples = inputs.Count;

        var layerNames = design.Network.Layers.Select(l => l.Name).ToList();
        var levelNames = request.Levels.Select(CosimLevels.Name).ToList();
        var outputCount = design.Network.InferShapes()[design.Network.Outputs[0]].ElementCount;
        var inputRange = inputs.Range();
        var rangeSummary = InputRangeSummary.Of(inputRange);
        var shard = request.Shard is null ? null : new CosimShardDocument(
            request.Shard.ToString(), request.DesignFolder, design.Sha256(), samples, levelNames, layerNames, outputCount, design.OutputVoltsPerUnit, request.SaveOutputs) { ClassNames = data.ClassNames, DisplayClassNames = data.DisplayClassNames, InputRange = rangeSummary };
        var folder = CosimRunFolder.Open(request.OutDirectory);
        Claim(folder.Work, shard);
        var file = new SampleProgressFile(folder.Work, levelNames, layerNames, outputCount, design.OutputVoltsPerUnit);
        var mine = Enumerable.Range(0, samples).Where(i => request.Shard?.Contains(i) ?? true).ToList();
        var finished = file.ReadExisting().Where(r => r.Index < samples && (request.Shard?.Contains(r.Index) ?? true)).GroupBy(r => r.Index).ToDictionary(g => g.Key, g => g.First());
        var todo = mine.Where(i => !finished.ContainsKey(i)).ToList();
        var shardText = request.Shard is null ? string.Empty : $" shard {request.Shard}:";
        progress?.Report($"cosim {design.Folder.Manifest.Design}:{shardText} {mine.Count} sample(s), {finished.Count} already done, {todo.Count} to compute at {string.Join(", ", levelNames)}");
        if (inputRange.Describe() is { } range)
        {
            progress?.Report(range);
        }

        folder.Create();
        var written = false;
        IReadOnlyList<ILevelForward> levels = [];
        try
        {
            levels = todo.Count == 0 ? [] : request.Levels.Select(design.Level).ToList();
            for (var l = 0; l < levels.Count; l++)
            {
                if (levels[l] is StagedLevel staged && request.Levels[l] == CosimLevel.Spice && progress is not null)
                {
                    staged.Progress = progress;
                    if (staged.Evaluator is SpiceEvaluator spice)
                    {
                        spice.Progress = progress;
                    }
                }
            }

            for (var start = 0; start < todo.Count; start += request.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = todo.GetRange(start, Math.Min(request.BatchSize, todo.Count - start));
                if (request.Levels.Contains(CosimLevel.Spice))
                {
                    progress?.Report(string.Create(CultureInfo.InvariantCulture, $"  samples {batch[0]}–{batch[^1]}: spice stage by stage"));
                }

                var records = Compute(batch, inputs, levels, design.OutputVoltsPerUnit, cancellationToken);
                if (shard is not null && !written)
                {
                    Core.IO.AtomicOutput.WriteText(Path.Combine(folder.Work, CosimShardDocument.FileName), shard.ToJson());
                }

                file.Append(records);
                written = true;
                foreach (var record in records)
                {
                    finished[record.Index] = record;
                }

                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"  {finished.Count}/{mine.Count} samples"));
            }

            LstmRangeReport.Write(levels, levelNames, folder.Work, progress);
            SpiceLevelSummary.Report(levels, progress);
            if (request.SpiceWholeNetlist && request.Levels.Contains(CosimLevel.Spice) && samples > 0)
            {
                Core.IO.AtomicOutput.WriteText(Path.Combine(folder.Work, "whole-netlist.cir"), Netlist.Writing.SpiceNetlistWriter.Write(design.WholeNetlistOf(inputs.Input(0))));
            }

            if (shard is not null)
            {
                Core.IO.AtomicOutput.WriteText(Path.Combine(folder.Work, CosimShardDocument.FileName), shard.ToJson());
            }

            var report = new CosimReport(request.Levels, layerNames, [.. finished.Values.OrderBy(r => r.Index)], todo.Count, design.OutputVoltsPerUnit) { ClassNames = data.ClassNames, DisplayClassNames = data.DisplayClassNames, InputRange = rangeSummary };
            var plots = CosimResults.Write(report, folder.Work, request.Plots, request.SaveOutputs);
            folder.Complete();
            return report with { PlotFiles = plots };
        }
        catch
        {
            folder.Abandon(written || finished.Count > 0);
            throw;
        }
        finally
        {
            foreach (var level in levels.OfType<IDisposable>())
            {
                level.Dispose();
            }
        }
    }

    /// <summary>
    /// Checks that <paramref name="work"/> holds nothing or a run of the same kind: the same shard of the same run as
    /// <paramref name="shard"/>, or, for an unsharded run, no shard.
    /// </summary>
    private static void Claim(string work, CosimShardDocument? shard)
    {
        if (!Directory.Exists(work))
        {
            return;
        }

        var existing = CosimShardDocument.Read(work);
        var location = new Core.Diagnostics.SourceLocation(Path.Combine(work, CosimShardDocument.FileName), Field: nameof(CosimRequest.OutDirectory));
        if (existing is not null && shard is null)
        {
            throw new Core.Diagnostics.InputException(location, $"this output folder holds shard {existing.Shard} of a run; use another output folder for a whole run (or join the shards with cosim-merge)");
        }

        if (existing is null && shard is not null && File.Exists(Path.Combine(work, SampleProgressFile.FileName)))
        {
            throw new Core.Diagnostics.InputException(new Core.Diagnostics.SourceLocation(work, Field: nameof(CosimRequest.OutDirectory)), $"this output folder holds a whole run, not shard {shard.Shard}; use another output folder");
        }

        if (existing is not null && shard is not null && (existing.Shard != shard.Shard || existing.Difference(shard) is not null))
        {
            var why = existing.Shard != shard.Shard ? $"shard {existing.Shard}, not {shard.Shard}" : $"a shard of another run ({existing.Difference(shard)})";
            throw new Core.Diagnostics.InputException(location, $"this output folder holds {why}; use another output folder");
        }
    }

    /// <summary>
    /// Every level on the samples of <paramref name="batch"/>: batch levels (circuit stages) take the whole batch at
    /// once, the others run sample by sample in parallel.
    /// </summary>
    private static SampleRecord[] Compute(List<int> batch, DesignSamples data, IReadOnlyList<ILevelForward> levels, double voltsPerUnit, CancellationToken cancellationToken)
    {
        var inputs = batch.Select(data.Input).ToList();
        var outputs = new IReadOnlyList<double[]>[levels.Count][];
        for (var l = 0; l < levels.Count; l++)
        {
            if (levels[l] is IBatchLevelForward batchLevel)
            {
                outputs[l] = [.. batchLevel.Forward(inputs, cancellationToken)];
            }
            else
            {
                var level = levels[l];
                var perSample = new IReadOnlyList<double[]>[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
                    perSample[k] = level.Forward(inputs[k]));
                outputs[l] = perSample;
            }
        }

        return [.. batch.Select((index, k) => Record(index, data.Label(index), [.. outputs.Select(o => o[k])], voltsPerUnit))];
    }

    private static SampleRecord Record(int index, int label, IReadOnlyList<IReadOnlyList<double[]>> outputs, double voltsPerUnit)
    {
        var levels = outputs;
        var layers = outputs[0].Count;
        var pairs = Math.Max(0, levels.Count - 1);
        var mean = new double[layers, pairs];
        var max = new double[layers, pairs];
        for (var pair = 0; pair < pairs; pair++)
        {
            for (var layer = 0; layer < layers; layer++)
            {
                var a = outputs[pair][layer];
                var b = outputs[pair + 1][layer];
                double sum = 0, largest = 0;
                for (var i = 0; i < a.Length; i++)
                {
                    var delta = Math.Abs(a[i] - b[i]) * voltsPerUnit;
                    sum += delta;
                    largest = Math.Max(largest, delta);
                }

                mean[layer, pair] = a.Length == 0 ? 0 : sum / a.Length;
                max[layer, pair] = largest;
            }
        }

        var predicted = outputs.Select(o => ArgMax(o[^1])).ToArray();
        var units = new double[outputs.Count, outputs[0][^1].Length];
        for (var level = 0; level < outputs.Count; level++)
        {
            for (var j = 0; j < units.GetLength(1); j++)
            {
                units[level, j] = outputs[level][^1][j];
            }
        }

        return new SampleRecord(index, label, predicted, mean, max, SampleProgressFile.Volts(units, voltsPerUnit), units);
    }

    /// <summary>Index of the largest value, the first on ties (numpy/torch argmax); the predicted class.</summary>
    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
