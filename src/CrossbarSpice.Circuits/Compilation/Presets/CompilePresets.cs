using CrossbarSpice.Mapping.Schemes;

namespace CrossbarSpice.Circuits.Compilation.Presets;

/// <summary>
/// Named sets of compile options that reproduce a paper's hardware as it was run (<c>compile-weights --preset</c>).
/// A preset fills only the fields it names; the wires, cell, drivers and readout stay as given, so one preset
/// compiles both rows of a comparison (e.g. 2 Ω and ideal wires).
/// </summary>
public static class CompilePresets
{
    /// <summary>[P3] §2.3 / §3: relative σ of its programming error ("5% programmed erros were generated").</summary>
    public const double Seed003ProgrammingErrorSigma = 0.05;

    /// <summary>
    /// [P3]'s largest array, rows × physical columns: its FC crossbar is L × N = 1400 inputs (+ our bias row) over
    /// 10 outputs × 2 devices, its kernel crossbar Ks² × P = 81 (+ bias) × 28; one array per layer, no tiling.
    /// </summary>
    public static readonly (int Rows, int Columns) Seed003Tile = (1401, 28);

    /// <summary>The preset names, for help and errors.</summary>
    public static IReadOnlyList<string> Names { get; } = ["seed003"];

    /// <summary><paramref name="options"/> with preset <paramref name="name"/> applied, or null for an unknown name.</summary>
    public static CompileOptions? Apply(string name, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        return name.Trim().ToLowerInvariant() switch
        {
            "seed003" => Seed003(options),
            _ => null,
        };
    }

    /// <summary>
    /// [P3]'s BCU as it was simulated: one kernel crossbar (81 + bias rows × 28 columns) and one FC crossbar (1401 × 20),
    /// each on a single array (<see cref="Seed003Tile"/>); the linear scheme of its eq. 6; grey-level inputs at 1 V per
    /// unit (0–1 V); quantised to the card's levels (200 on the Ti/AlOx card); 5 % programming error on unless another
    /// σ was given. The 2×2 average pooling is the project's Ps² × 1 column (circuits.md §7.4), as in [P3] Fig. 4.
    /// The drivers stay as given: the project's inverter driver passes binary inputs only, so grey levels need ideal ones.
    /// </summary>
    private static CompileOptions Seed003(CompileOptions options) => options with
    {
        MaxTileRows = Seed003Tile.Rows,
        MaxTileColumns = Seed003Tile.Columns,
        Scheme = MappingScheme.Linear,
        InputVoltsPerUnit = 1,
        NonIdealities = options.NonIdealities with
        {
            Quantise = true,
            ProgrammingErrorSigma = options.NonIdealities.ProgrammingErrorSigma ?? Seed003ProgrammingErrorSigma,
        },
    };
}
