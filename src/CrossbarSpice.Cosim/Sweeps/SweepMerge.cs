using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// Joins the run folders of the shards of one sweep: checks that every folder holds a shard of the same spec (same
/// SHA-256, same shard count), that each shard 0 … n − 1 is there exactly once and complete, and returns the whole
/// sweep's document and results, from which <see cref="SweepTables"/> writes the same bytes as an unsharded run.
/// </summary>
public static class SweepMerge
{
    /// <summary>Reads and checks the shard folders <paramref name="folders"/>.</summary>
    /// <exception cref="InputException">A folder that is not a shard, shards of different sweeps, a missing or
    /// repeated shard, or an unfinished one; the message names the folder.</exception>
    public static (SweepDocument Document, IReadOnlyList<SweepUnitResult> Results) Merge(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            throw new InputException(new SourceLocation(null, Field: "shards"), "no shard folder given");
        }

        var documents = folders.Select(SweepDocument.Read).ToList();
        var first = documents[0];
        var count = first.Shard?.Count ?? throw NotAShard(folders[0]);
        var seen = new string?[count];
        var results = new SortedDictionary<int, SweepUnitResult>();
        var units = first.Spec.Units();
        for (var f = 0; f < folders.Count; f++)
        {
            var document = documents[f];
            var shard = document.Shard ?? throw NotAShard(folders[f]);
            if (document.SpecSha256 != first.SpecSha256)
            {
                throw new InputException(new SourceLocation(Path.Combine(folders[f], SweepDocument.FileName)), $"is a shard of another sweep than {folders[0]} (spec SHA-256 {document.SpecSha256[..12]}… vs {first.SpecSha256[..12]}…)");
            }

            if (shard.Count != count)
            {
                throw new InputException(new SourceLocation(Path.Combine(folders[f], SweepDocument.FileName), Field: "shard"), $"is shard {shard} but {folders[0]} is one of {count}");
            }

            if (seen[shard.Index] is { } other)
            {
                throw new InputException(new SourceLocation(folders[f]), $"shard {shard} is given twice (also {other})");
            }

            seen[shard.Index] = folders[f];
            var finished = new SweepProgressFile(folders[f], document.Spec).ReadExisting();
            var expected = units.Where(u => shard.Contains(u.Index)).ToList();
            var missing = expected.Count(u => !finished.ContainsKey(u.Index));
            if (missing > 0)
            {
                throw new InputException(new SourceLocation(Path.Combine(folders[f], SweepProgressFile.FileName)), $"shard {shard} is not finished: {missing} of its {expected.Count} unit(s) missing; rerun its sweep command");
            }

            foreach (var unit in expected)
            {
                results[unit.Index] = finished[unit.Index];
            }
        }

        var absent = Enumerable.Range(0, count).Where(i => seen[i] is null).ToList();
        if (absent.Count > 0)
        {
            throw new InputException(new SourceLocation(null, Field: "shards"), $"missing shard(s) {string.Join(", ", absent.Select(i => $"{i}/{count}"))} of {count}");
        }

        return (SweepDocument.For(first.Spec, null), [.. results.Values]);
    }

    private static InputException NotAShard(string folder) =>
        new(new SourceLocation(Path.Combine(folder, SweepDocument.FileName), Field: "shard"), "is a whole sweep, not a shard (a shard is one slice i/n of a sweep)");
}
