using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The mapping half of compile-weights: every crossbar matrix of a network mapped onto the device's conductances
/// (scheme, bias row), tiled, and programmed with the non-idealities of <see cref="CompileOptions.NonIdealities"/>
/// (each tile's streams named "&lt;matrix&gt;/&lt;tile&gt;" of <see cref="CompileOptions.Seed"/>). Used by
/// <see cref="NetworkCompiler"/> and by robustness sweeps, which re-program a compiled design's ideal mapping.
/// With <see cref="CompileOptions.Compensation"/> or <see cref="CompileOptions.MaxWireErrorVolts"/> it needs the
/// wired-tile solver (<see cref="WiredTiles"/>): IR-drop compensation (<see cref="CompensatedLayerPlanner"/>) and
/// the tile-size search (<see cref="TileSizeSearch"/>).
/// </summary>
public static class ConductancePlanner
{
    /// <summary>The conductance plan of every crossbar matrix of <paramref name="network"/>, in network order.</summary>
    /// <param name="network">The trained network.</param>
    /// <param name="device">Conductance range and programmable levels.</param>
    /// <param name="options">Scheme, bias input, tile size, non-idealities and seed (other options are not used).</param>
    /// <param name="deviceCard">The device card's file name, recorded in the plan.</param>
    /// <param name="wired">The wired-tile solver; needed only for compensation or <c>--tile auto</c>.</param>
    public static ConductancePlan Plan(NetworkGraph network, DeviceRange device, CompileOptions options, string deviceCard, WiredTiles? wired = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        options.NonIdealities.Validate();
        var layers = network.Layers.SelectMany(CrossbarMatrix.Of).Select(matrix => PlanMatrix(matrix, device, options, wired)).ToList();
        return new ConductancePlan(options.Seed, deviceCard, device, options.NonIdealities, layers);
    }

    /// <summary>The conductance plan of one crossbar matrix.</summary>
    /// <exception cref="ArgumentException">Compensation or <c>--tile auto</c> without <paramref name="wired"/>.</exception>
    public static LayerPlan PlanMatrix(CrossbarMatrix matrix, DeviceRange device, CompileOptions options, WiredTiles? wired = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxWireErrorVolts is not null)
        {
            return TileSizeSearch.Plan(matrix, device, options, wired ?? throw new ArgumentException("--tile auto needs the wired-tile solver", nameof(wired)));
        }

        return PlanMatrix(matrix, device, options, options.MaxTileRows, options.MaxTileColumns, wired);
    }

    /// <summary>The conductance plan of one crossbar matrix on tiles of at most <paramref name="maxRows"/> × <paramref name="maxColumns"/>.</summary>
    /// <exception cref="ArgumentException">Compensation without <paramref name="wired"/>.</exception>
    public static LayerPlan PlanMatrix(CrossbarMatrix matrix, DeviceRange device, CompileOptions options, int maxRows, int maxColumns, WiredTiles? wired)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ReadScheme.IsBitSerial && wired is not null && wired.Cell.Kind != CrossbarSpice.Devices.Cells.CellKind.Passive)
        {
            // The planner is only reached with the solver (NetworkCompiler refuses a bit-serial non-linear design
            // without one), so a plan without it is an ohmic design, whose linear map needs no calibration.
            return ReadSchemes.ReadCalibratedPlanner.Plan(matrix, device, options, maxRows, maxColumns, ReadSchemes.CellReadCurves.Sample(wired, device, options.ReadScheme.ReadVolts));
        }

        if (options.Compensation == CompensationKind.IrDrop)
        {
            return CompensatedLayerPlanner.Plan(matrix, device, options, maxRows, maxColumns, wired ?? throw new ArgumentException("IR-drop compensation needs the wired-tile solver", nameof(wired)));
        }

        var bias = matrix.Bias is { } b ? b.Values : [];
        var mapped = WeightMapper.Map(matrix.Weights.Values, matrix.Weights.Outputs, matrix.Weights.Inputs, bias, device, options.Scheme, options.BiasInput);
        var tiles = TileGrid.Split(mapped.Layout.Rows, mapped.Layout.Columns, maxRows, maxColumns)
            .Select(block => new TilePlan(
                block,
                ConductanceProgrammer.Program(
                    mapped.Target.Slice(block.RowStart, block.RowCount, block.ColumnStart, block.ColumnCount),
                    device,
                    options.NonIdealities,
                    options.Seed,
                    $"{matrix.Name}/{block.Name}")))
            .ToList();
        return new LayerPlan(matrix.Name, mapped.Layout, maxRows, maxColumns, tiles);
    }
}
