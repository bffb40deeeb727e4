using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.ReadSchemes;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Circuits.Compilation.ReadSchemes;

/// <summary>
/// The conductance plan of one crossbar matrix read bit-serially through non-linear cells (docs/sequencer.md,
/// "Bit-serial reads"): the weights are mapped onto the cell's <b>effective</b> conductances at the read voltage
/// (<see cref="CellReadCurve.EffectiveRange"/>: range and levels as the cell passes them at V_read), so the layer's
/// scale k is in effective siemens; each target is programmed at the memristor conductance whose cell passes it
/// (<see cref="CellReadCurve.Programmed"/>; with levels, a target level maps back onto the card's level), then
/// programmed with the non-idealities as usual (same streams). Each tile keeps the effective conductances of what was
/// programmed (<see cref="TilePlan.Target"/>): the <c>mapped</c> level computes with those, so with ideal wires the
/// <c>wired</c> level's bit-planes reproduce it exactly.
/// </summary>
public static class ReadCalibratedPlanner
{
    /// <summary>The plan of <paramref name="matrix"/> on tiles of at most <paramref name="maxRows"/> × <paramref name="maxColumns"/>.</summary>
    public static LayerPlan Plan(CrossbarMatrix matrix, Mapping.Conductances.DeviceRange device, CompileOptions options, int maxRows, int maxColumns, CellReadCurve curve)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(curve);
        var effectiveDevice = curve.EffectiveRange(device);
        var bias = matrix.Bias is { } b ? b.Values : [];
        var mapped = WeightMapper.Map(matrix.Weights.Values, matrix.Weights.Outputs, matrix.Weights.Inputs, bias, effectiveDevice, options.Scheme, options.BiasInput);
        var tiles = TileGrid.Split(mapped.Layout.Rows, mapped.Layout.Columns, maxRows, maxColumns)
            .Select(block =>
            {
                var target = mapped.Target.Slice(block.RowStart, block.RowCount, block.ColumnStart, block.ColumnCount);
                var programmed = ConductanceProgrammer.Program(CellReadCurve.Apply(target, curve.Programmed), device, options.NonIdealities, options.Seed, $"{matrix.Name}/{block.Name}");
                return new TilePlan(block, programmed, CellReadCurve.Apply(programmed.Conductances, curve.Effective));
            })
            .ToList();
        return new LayerPlan(matrix.Name, mapped.Layout, maxRows, maxColumns, tiles);
    }
}
