using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// Joins the folders of the shards of one cosim run (<c>cosim --shard i/n</c>): checks that every folder is a finished
/// shard of the same run (design SHA-256, levels, sample count, shard count), that shards 0 … n − 1 are each there
/// once and that together they hold every sample exactly once, then writes the whole run's folder with the bytes an
/// unsharded run writes (<c>samples.csv</c> in sample order, the tables, plots and saved outputs).
/// </summary>
public static class CosimMerge
{
    /// <summary>Reads and checks the shard folders <paramref name="folders"/>; returns the whole run's report and description.</summary>
    /// <exception cref="InputException">A folder that is not a finished shard, shards of different runs, a missing or
    /// repeated shard, a missing or repeated sample; the message names the folder, shard or sample.</exception>
    public static (CosimShardDocument Document, CosimReport Report) Merge(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            throw new InputException(new SourceLocation(null, Field: "shards"), "no shard folder given");
        }

        var documents = folders.Select(Document).ToList();
        var first = documents[0];
        var count = first.Slice.Count;
        var seen = new string?[count];
        var samples = new SortedDictionary<int, SampleRecord>();
        var levels = first.Levels.Select(name => CosimLevels.Parse([name])[0]).ToList();
        for (var f = 0; f < folders.Count; f++)
        {
            var document = documents[f];
            var shard = document.Slice;
            var path = Path.Combine(folders[f], CosimShardDocument.FileName);
            if (first.Difference(document) is { } difference)
            {
                throw new InputException(new SourceLocation(path), $"is a shard of another run than {folders[0]} ({difference})");
            }

            if (shard.Count != count)
            {
                throw new InputException(new SourceLocation(path, Field: "shard"), $"is shard {shard} but {folders[0]} is one of {count}");
            }

            if (seen[shard.Index] is { } other)
            {
                throw new InputException(new SourceLocation(folders[f]), $"shard {shard} is given twice (also {other})");
            }

            seen[shard.Index] = folders[f];
            var file = new SampleProgressFile(folders[f], document.Levels, document.Layers, document.Outputs, document.VoltsPerUnit);
            var progressPath = Path.Combine(folders[f], SampleProgressFile.FileName);
            foreach (var record in file.ReadExisting())
            {
                if (record.Index >= document.Samples || !shard.Contains(record.Index))
                {
                    throw new InputException(new SourceLocation(progressPath), $"holds sample {record.Index}, which is not one of shard {shard}'s samples of {document.Samples}");
                }

                if (!samples.TryAdd(record.Index, record))
                {
                    throw new InputException(new SourceLocation(progressPath), $"holds sample {record.Index} twice");
                }
            }

            var missing = Enumerable.Range(0, document.Samples).Where(i => shard.Contains(i) && !samples.ContainsKey(i)).ToList();
            if (missing.Count > 0)
            {
                throw new InputException(new SourceLocation(progressPath), $"shard {shard} is not finished: sample(s) {Listed(missing)} missing; rerun its cosim command");
            }
        }

        var absent = Enumerable.Range(0, count).Where(i => seen[i] is null).ToList();
        if (absent.Count > 0)
        {
            throw new InputException(new SourceLocation(null, Field: "shards"), $"missing shard(s) {string.Join(", ", absent.Select(i => $"{i}/{count}"))} of {count}: sample(s) {Listed([.. Enumerable.Range(0, first.Samples).Where(i => absent.Contains(i % count))])} are in none of the folders");
        }

        return (first, new CosimReport(levels, first.Layers, [.. samples.Values], 0, first.VoltsPerUnit) { ClassNames = first.ClassNames, DisplayClassNames = first.DisplayClassNames, InputRange = first.InputRange });
    }

    /// <summary>
    /// Writes the whole run into <paramref name="directory"/> (an empty folder): <c>samples.csv</c>, then what
    /// <see cref="CosimResults.Write"/> writes. Returns the plot files.
    /// </summary>
    public static IReadOnlyList<string> Write(CosimShardDocument document, CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        new SampleProgressFile(directory, document.Levels, document.Layers, document.Outputs, document.VoltsPerUnit).Append(report.Samples);
        return CosimResults.Write(report, directory, plots: true, document.SaveOutputs);
    }

    private static CosimShardDocument Document(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        if (!Directory.Exists(trimmed))
        {
            var partial = trimmed + ".partial";
            throw Directory.Exists(partial)
                ? new InputException(new SourceLocation(folder), $"is not finished (its progress is in {partial}); rerun its cosim command")
                : new InputException(new SourceLocation(folder), "no such folder (expected the --out folder of a cosim --shard run)");
        }

        return CosimShardDocument.Read(folder)
            ?? throw new InputException(new SourceLocation(Path.Combine(folder, CosimShardDocument.FileName)), "is missing: the folder is not a cosim shard (a shard is one slice i/n of a run, cosim --shard)");
    }

    private static string Listed(IReadOnlyList<int> indices) =>
        string.Join(", ", indices.Take(10)) + (indices.Count > 10 ? $", … ({indices.Count} in all)" : string.Empty);
}
