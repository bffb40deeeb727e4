using System.Security.Cryptography;
using System.Text;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// Everything that decides a sweep's results, as written to <c>sweep.json</c>: the design (path as given and the
/// SHA-256 of its manifest and plan), the data, the level, the swept parameter and values, the fault modes and the
/// seeds. Two runs with equal specs compute the same numbers, whichever machine or shard computes them.
/// </summary>
/// <param name="Design">Design folder as given on the command line.</param>
/// <param name="DesignSha256">SHA-256 of manifest.json followed by the plan's plan.json (hex, lower case).</param>
/// <param name="Data">Data set name, e.g. "fashion-mnist".</param>
/// <param name="Split">"test" or "train".</param>
/// <param name="Samples">Samples 0 … Samples − 1 of the split are run at every point, ≥ 1.</param>
/// <param name="Level">Fidelity level name (mapped, wired, characterised, spice).</param>
/// <param name="Parameter">Swept parameter name (fault-rate, levels, programming-error, read-noise, aging, weight-noise, prune).</param>
/// <param name="Faults">Fault modes (lrs, hrs, both), one curve each, for fault-rate; null otherwise.</param>
/// <param name="Values">Swept values in order.</param>
/// <param name="Seeds">Seeds of the random streams; every point runs once per seed.</param>
/// <param name="StuckBoth">Definition of the "both" fault mode (independent or split), present only when "both" is
/// swept; absent in sweeps written before the choice existed, which used split.</param>
/// <param name="WeightLevels">Prune sweeps: k weight levels of the surviving weights, or absent (no quantisation).</param>
public sealed record SweepSpec(
    string Design,
    string DesignSha256,
    string Data,
    string Split,
    int Samples,
    string Level,
    string Parameter,
    IReadOnlyList<string>? Faults,
    IReadOnlyList<double> Values,
    IReadOnlyList<long> Seeds,
    string? StuckBoth = null,
    int? WeightLevels = null)
{
    /// <summary>Name of the reference series: the software network (ideal level) on the same samples.</summary>
    public const string SoftwareSeries = "software";

    /// <summary>The curves: the fault modes for fault-rate, else the parameter's name alone.</summary>
    public IReadOnlyList<string> Series() => Faults is { Count: > 0 } faults ? faults : [Parameter];

    /// <summary>
    /// Every work unit in a fixed order: unit 0 is the software reference, then series by series, value by value,
    /// seed by seed.
    /// </summary>
    public IReadOnlyList<SweepUnit> Units()
    {
        var units = new List<SweepUnit> { new(0, SoftwareSeries, 0, 0) };
        foreach (var series in Series())
        {
            foreach (var value in Values)
            {
                foreach (var seed in Seeds)
                {
                    units.Add(new SweepUnit(units.Count, series, value, seed));
                }
            }
        }

        return units;
    }

    /// <summary>SHA-256 (hex, lower case) of the spec's JSON text; shards of one sweep share it.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ProjectJson.Serialize(this))));
}
