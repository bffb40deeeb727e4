using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>
/// <c>case.json</c> of a golden co-simulation case: a bundled network compiled with fixed options, fixed test images,
/// the levels to run and, per level, the tolerance (volts) its outputs must meet against <c>outputs.csv</c>.
/// Paths are relative to the repository root (the directory the command runs in).
/// </summary>
/// <param name="Format">Format tag, <see cref="CurrentFormat"/>.</param>
/// <param name="Description">What the case guards, for people.</param>
/// <param name="Architecture">Architecture JSON.</param>
/// <param name="Weights">Weights file.</param>
/// <param name="Device">Memristor device card.</param>
/// <param name="Process">CMOS process card of the periphery.</param>
/// <param name="Compile">Compile options that differ from the defaults.</param>
/// <param name="Samples">Fashion-MNIST test images 0 … Samples − 1.</param>
/// <param name="ToleranceVolts">
/// Per level name, the largest |Δ| (V) allowed on any output of the final layer; <see cref="GoldenGuard"/> keeps each
/// below the gap to the neighbouring levels.
/// </param>
/// <param name="Indistinguishable">
/// Pairs of neighbouring levels ("mapped/wired") that cannot differ on this case by construction, each with the reason
/// (null: none); every other pair must be guarded (<see cref="GoldenGuard"/>).
/// </param>
public sealed record GoldenCase(
    string Format,
    string Description,
    string Architecture,
    string Weights,
    string Device,
    string Process,
    GoldenCompileOptions Compile,
    int Samples,
    IReadOnlyDictionary<string, double> ToleranceVolts,
    IReadOnlyDictionary<string, string>? Indistinguishable = null)
{
    /// <summary>The format this version reads.</summary>
    public const string CurrentFormat = "crossbarspice-golden-cosim/1";

    /// <summary>The levels in order of fidelity.</summary>
    /// <exception cref="InputException">An unknown level, or one named twice (e.g. "characterised" and "characterized").</exception>
    public IReadOnlyList<CosimLevel> Levels(string path)
    {
        IReadOnlyList<CosimLevel> levels;
        try
        {
            levels = CosimLevels.Parse(ToleranceVolts.Keys);
        }
        catch (InputException exception)
        {
            throw new InputException(new SourceLocation(path, Field: "toleranceVolts"), exception.Problem, exception);
        }

        return levels.Count == ToleranceVolts.Count
            ? levels
            : throw new InputException(new SourceLocation(path, Field: "toleranceVolts"), "a level appears twice");
    }

    /// <summary>The tolerance of each level, keyed by the level's canonical name (as outputs.csv spells it).</summary>
    /// <exception cref="InputException">As <see cref="Levels"/>.</exception>
    public IReadOnlyDictionary<string, double> TolerancesByLevel(string path)
    {
        _ = Levels(path);
        return ToleranceVolts.ToDictionary(t => CosimLevels.Name(CosimLevels.Parse([t.Key])[0]), t => t.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Malformed, another format, or values out of range.</exception>
    public static GoldenCase Read(string path)
    {
        var value = ProjectJson.ReadFile<GoldenCase>(path, "golden case");
        if (value.Format != CurrentFormat)
        {
            throw new InputException(new SourceLocation(path, Field: "format"), $"expected '{CurrentFormat}', found '{value.Format}'");
        }

        if (value.Samples < 1)
        {
            throw new InputException(new SourceLocation(path, Field: "samples"), "expected at least 1 sample");
        }

        if (value.ToleranceVolts.Count == 0 || value.ToleranceVolts.Values.Any(t => !(t >= 0)))
        {
            throw new InputException(new SourceLocation(path, Field: "toleranceVolts"), "expected at least one level, each with a tolerance ≥ 0 V");
        }

        return value;
    }
}

/// <summary>The compile options a golden case sets (null: the compile-weights default).</summary>
/// <param name="Cell">passive, 1S1M or 1T1M.</param>
/// <param name="SegmentOhms">Wire segment resistance, Ω.</param>
/// <param name="OutputVoltsPerUnit">Stage output scale, V per unit.</param>
/// <param name="MaxTileRows">Tile rows.</param>
/// <param name="MaxTileColumns">Tile columns.</param>
/// <param name="Seed">Mapping seed.</param>
/// <param name="LstmSigmoid">Sigmoid circuit of LSTM cells: six-transistor (default) or general.</param>
public sealed record GoldenCompileOptions(string? Cell, double? SegmentOhms, double? OutputVoltsPerUnit, int? MaxTileRows, int? MaxTileColumns, long? Seed, string? LstmSigmoid = null);
