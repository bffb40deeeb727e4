using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// One deterministic slice of a sweep, written <c>i/n</c> with 0 ≤ i &lt; n (a Slurm array task id or a Kubernetes job
/// completion index): work unit k belongs to shard k mod n, so the slices are disjoint, cover every unit, and mix
/// cheap and dear points alike.
/// </summary>
/// <param name="Index">This slice, 0 … Count − 1.</param>
/// <param name="Count">Number of slices, ≥ 1.</param>
public sealed record SweepShard(int Index, int Count)
{
    /// <summary>Parses "i/n".</summary>
    /// <exception cref="InputException">Not of that form, or i outside 0 … n − 1.</exception>
    public static SweepShard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            return new SweepShard(index, count);
        }

        throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Shard)), $"expected i/n with 0 ≤ i < n (e.g. 0/8 … 7/8), got '{text}'");
    }

    /// <summary>True when work unit <paramref name="unit"/> belongs to this slice.</summary>
    public bool Contains(int unit) => unit % Count == Index;

    /// <summary>"i/n".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
