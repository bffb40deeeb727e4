using System.Text.Json;
using System.Text.Json.Serialization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// <c>shard.json</c> in the folder of one cosim shard (<c>cosim --shard i/n</c>): which slice it is and everything
/// <c>cosim-merge</c> needs to check that the shards belong together and to write the whole run's tables without the
/// design. An unsharded run writes none, so a merged folder holds exactly the files of an unsharded one.
/// </summary>
/// <param name="Shard">"i/n": samples whose index is i mod n.</param>
/// <param name="Design">The design folder as given.</param>
/// <param name="DesignSha256">SHA-256 of the design's manifest.json followed by its plan.json (as sweep records it).</param>
/// <param name="Samples">Samples 0 … N − 1 of the whole run, N.</param>
/// <param name="Levels">Level names in fidelity order.</param>
/// <param name="Layers">The network's layer names in order.</param>
/// <param name="Outputs">Values of the final layer.</param>
/// <param name="VoltsPerUnit">The design's OutputVoltsPerUnit, V.</param>
/// <param name="SaveOutputs">Whether the run writes outputs/&lt;level&gt;.npy.</param>
public sealed record CosimShardDocument(
    string Shard,
    string Design,
    string DesignSha256,
    int Samples,
    IReadOnlyList<string> Levels,
    IReadOnlyList<string> Layers,
    int Outputs,
    double VoltsPerUnit,
    bool SaveOutputs)
{
    /// <summary>The data set's class names when it has them (the merged tables name the classes as the run's do); null for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ClassNames { get; init; }

    /// <summary>The class names the merged run's figures and report show (the data set's display names), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DisplayClassNames { get; init; }

    /// <summary>The run's inputs against the DAC range (the same in every shard: each counts all samples), for the
    /// merged run's report; null in shards written before it was recorded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputRangeSummary? InputRange { get; init; }

    /// <summary>File name inside a shard's folder.</summary>
    public const string FileName = "shard.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The slice, parsed.</summary>
    [JsonIgnore]
    public SweepShard Slice => SweepShard.Parse(Shard);

    /// <summary>The file's text (LF line ends, a final line feed).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n";

    /// <summary>Reads <c>shard.json</c> of <paramref name="folder"/>; null when there is none.</summary>
    /// <exception cref="InputException">Unreadable or malformed.</exception>
    public static CosimShardDocument? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize<CosimShardDocument>(File.ReadAllText(path), Json)
                ?? throw new JsonException("empty document");
            _ = document.Slice;
            if (document.Levels is null || document.Layers is null || document.Design is null || document.DesignSha256 is null)
            {
                throw new JsonException("a field is missing");
            }

            return document;
        }
        catch (Exception exception) when (exception is JsonException or InputException or IOException or NotSupportedException)
        {
            throw new InputException(new SourceLocation(path), $"is not a cosim shard description: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The first field in which <paramref name="other"/> describes another run than this one (the shard aside), as
    /// "field: this vs other"; null when both are slices of the same run.
    /// </summary>
    public string? Difference(CosimShardDocument other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (DesignSha256 != other.DesignSha256) return $"design SHA-256 {DesignSha256[..12]}… vs {other.DesignSha256[..12]}…";
        if (!Levels.SequenceEqual(other.Levels)) return $"levels {string.Join(",", Levels)} vs {string.Join(",", other.Levels)}";
        if (Samples != other.Samples) return $"samples {Samples} vs {other.Samples}";
        if (!(ClassNames ?? []).SequenceEqual(other.ClassNames ?? [])) return "class names";
        if (SaveOutputs != other.SaveOutputs) return $"save-outputs {SaveOutputs} vs {other.SaveOutputs}";
        if (!Layers.SequenceEqual(other.Layers) || Outputs != other.Outputs || VoltsPerUnit != other.VoltsPerUnit) return "network layers or output scale";
        return null;
    }
}
