using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// <c>sweep.json</c> of a run folder: the spec, its SHA-256, and which shard the folder holds (absent for a whole
/// sweep, as run unsharded or merged).
/// </summary>
/// <param name="Format">Format tag, <see cref="CurrentFormat"/>.</param>
/// <param name="Spec">The sweep.</param>
/// <param name="SpecSha256">SHA-256 of the spec (see <see cref="SweepSpec.Sha256"/>).</param>
/// <param name="Shard">The slice this folder computes; null for the whole sweep.</param>
public sealed record SweepDocument(string Format, SweepSpec Spec, string SpecSha256, SweepShard? Shard)
{
    /// <summary>The format written by this version.</summary>
    public const string CurrentFormat = "crossbarspice-sweep/1";

    /// <summary>File name inside a run folder.</summary>
    public const string FileName = "sweep.json";

    /// <summary>The document of <paramref name="spec"/> for <paramref name="shard"/> (null: the whole sweep).</summary>
    public static SweepDocument For(SweepSpec spec, SweepShard? shard)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new SweepDocument(CurrentFormat, spec, spec.Sha256(), shard);
    }

    /// <summary>Reads <c>sweep.json</c> of <paramref name="folder"/> and checks its format and hash.</summary>
    /// <exception cref="InputException">Missing, malformed, of another format, or its hash does not match its spec.</exception>
    public static SweepDocument Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var document = ProjectJson.ReadFile<SweepDocument>(path, "sweep spec");
        if (document.Format != CurrentFormat)
        {
            throw new InputException(new SourceLocation(path, Field: "format"), $"expected format {CurrentFormat}, found '{document.Format}'");
        }

        if (document.Spec.Sha256() != document.SpecSha256)
        {
            throw new InputException(new SourceLocation(path, Field: "specSha256"), "does not match the spec in this file (edited by hand?)");
        }

        return document;
    }

    /// <summary>The JSON text written to <c>sweep.json</c>.</summary>
    public string ToJson() => ProjectJson.Serialize(this);
}
