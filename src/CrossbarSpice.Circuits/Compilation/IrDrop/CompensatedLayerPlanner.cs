using System.Globalization;
using CrossbarSpice.Mapping.Compensation;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>
/// The conductance plan of one crossbar matrix with IR-drop compensation (docs/ir-drop.md): the matrix is mapped and
/// tiled as usual, then every tile's conductances are pre-distorted (<see cref="TileCompensator"/>) so that the wired
/// tile's effective conductances equal the mapped target; where that needs more than Gmax, the layer's scale k is
/// lowered (headroom) and the layer planned again; finally the compensated conductances are programmed (levels and
/// non-idealities, the same streams the uncompensated tile would get). Each tile also keeps what the uncompensated
/// design would have programmed (<see cref="TilePlan.Target"/>): the mapped level computes with that.
/// </summary>
public static class CompensatedLayerPlanner
{
    /// <summary>Plans of the layer at most; when none fitted, the full-scale plan is kept with its clipped pairs (reported).</summary>
    public const int MaxAttempts = 3;

    /// <summary>The headroom search stops when the factor that fits is within this fraction of one that does not.</summary>
    public const double HeadroomResolution = 0.02;

    /// <summary>The compensated plan of <paramref name="matrix"/> on tiles of at most <paramref name="maxRows"/> × <paramref name="maxColumns"/>.</summary>
    public static LayerPlan Plan(CrossbarMatrix matrix, DeviceRange device, CompileOptions options, int maxRows, int maxColumns, WiredTiles wired)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wired);
        var bias = matrix.Bias is { } b ? b.Values : [];
        var range = device.GmaxSiemens - device.GminSiemens;
        var response = new TileResponse(wired, options);
        // Headroom search: full scale first; when a pair would need more than Gmax, cut the scale factor by the largest
        // conductance asked for, which overestimates the need (a clipped pair's step keeps growing), so it usually fits;
        // then one bisection step between the two. Every plan of the layer costs a full compensation, so the search is
        // short: the scale only sets how many of the card's levels the layer uses.
        var headroom = 1.0;
        var fits = 0.0;
        var clips = double.NaN;
        Attempt? best = null;
        Attempt? last = null;
        Attempt? first = null;
        MappedMatrix? fullScale = null;
        var attempts = 0;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var mapped = WeightMapper.Map(matrix.Weights.Values, matrix.Weights.Outputs, matrix.Weights.Inputs, bias, device, options.Scheme, options.BiasInput, headroom);
            var blocks = TileGrid.Split(mapped.Layout.Rows, mapped.Layout.Columns, maxRows, maxColumns);
            // Warm start from the nearest earlier attempt, its differences scaled with k: the drop changes little
            // between neighbouring scales, so the iteration starts close.
            var near = (best is not null && (last is null || Math.Abs(best.Headroom - headroom) <= Math.Abs(last.Headroom - headroom))) ? best : last;
            var results = blocks
                .Select((block, i) => TileCompensator.Compensate(
                    Slice(mapped, block),
                    options.Scheme,
                    response,
                    device,
                    options.CompensationSettings,
                    near?.Results[i].Differences.Select(x => x * headroom / near.Headroom).ToArray()))
                .ToList();
            attempts = attempt;
            last = new Attempt(headroom, mapped, blocks, results);
            first ??= last;
            fullScale ??= mapped;
            if (results.All(r => r.Clipped == 0))
            {
                best = last;
                fits = headroom;
                if (attempt == 1 || clips / fits < 1 + HeadroomResolution)
                {
                    break;
                }

                headroom = (fits + clips) / 2;
                continue;
            }

            clips = headroom;
            var needed = results.Max(r => r.NeededSiemens);
            headroom = fits > 0
                ? (fits + clips) / 2
                : headroom * Math.Min(0.99, 0.99 * range / (needed - device.GminSiemens));
        }

        // No scale fitted: lowering it did not free the clipped pairs (a column so long that its Gmin cells alone starve
        // the far rows), so keep the full-scale plan, compensated as far as Gmax allows, with its clipped pairs
        // reported; a vanishing scale would only amplify the readout's errors.
        var chosen = best ?? first!;
        return Build(matrix, device, options, maxRows, maxColumns, chosen, attempts, fullScale!, response, wired);
    }

    private sealed record Attempt(double Headroom, MappedMatrix Mapped, IReadOnlyList<TileBlock> Blocks, IReadOnlyList<TileCompensation> Results);

    private static LayerPlan Build(
        CrossbarMatrix matrix,
        DeviceRange device,
        CompileOptions options,
        int maxRows,
        int maxColumns,
        Attempt chosen,
        int attempts,
        MappedMatrix fullScale,
        TileResponse response,
        WiredTiles wired)
    {
        var (headroom, mapped, blocks, results) = chosen;
        var k = mapped.Layout.SiemensPerWeight;
        var before = new WeightResidual();
        var after = new WeightResidual();
        var programmedResidual = new WeightResidual();
        var mappedResidual = new WeightResidual();
        var tiles = new List<TilePlan>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var target = Slice(mapped, block);
            var purpose = $"{matrix.Name}/{block.Name}";
            var uncompensated = ConductanceProgrammer.Program(target, device, options.NonIdealities, options.Seed, purpose);
            var programmed = ConductanceProgrammer.Program(results[i].Conductances, device, options.NonIdealities, options.Seed, purpose);
            // Before: the design compiled without compensation (full scale), as the wired level would read it.
            var plainTarget = Slice(fullScale, block);
            var plain = ConductanceProgrammer.Program(plainTarget, device, options.NonIdealities, options.Seed, purpose);
            before.Add(response.Of(plain.Conductances), plainTarget.Siemens, fullScale.Layout.SiemensPerWeight);
            after.Add(response.Of(results[i].Conductances), target.Siemens, k);
            programmedResidual.Add(response.Of(programmed.Conductances), target.Siemens, k);
            mappedResidual.Add(uncompensated.Conductances.Siemens, target.Siemens, k);
            tiles.Add(new TilePlan(block, programmed, uncompensated.Conductances));
        }

        var largestTarget = mapped.Target.Siemens.ToArray().Max();
        var levelsLost = device.Levels?.ConductancesSiemens.Count(level => level > largestTarget * (1 + 1e-12)) ?? 0;
        var compensation = new LayerCompensation(
            OperatingPoint(options, wired),
            headroom,
            attempts,
            results.Max(r => r.Iterations),
            results.All(r => r.Converged),
            options.CompensationSettings.Tolerance,
            before.Max,
            before.Mean,
            after.Max,
            after.Mean,
            programmedResidual.Max,
            programmedResidual.Mean,
            mappedResidual.Max,
            mappedResidual.Mean,
            results.Sum(r => r.Clipped),
            levelsLost);
        return new LayerPlan(matrix.Name, mapped.Layout, maxRows, maxColumns, tiles, compensation);
    }

    private static string OperatingPoint(CompileOptions options, WiredTiles wired) =>
        wired.Cell.Kind == CrossbarSpice.Devices.Cells.CellKind.Passive
            ? "exact linear map of the wired tile (every input)"
            : string.Create(CultureInfo.InvariantCulture, $"every row at {WiredTiles.OperatingRowVolts(options):0.###} V (0.5 units at the design's input volts per unit)");

    private static ConductanceMatrix Slice(MappedMatrix mapped, TileBlock block) =>
        mapped.Target.Slice(block.RowStart, block.RowCount, block.ColumnStart, block.ColumnCount);
}
