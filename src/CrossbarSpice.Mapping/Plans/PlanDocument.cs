using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>plan.json: everything of a plan except the conductance and fault tables, which are CSV files beside it.</summary>
internal sealed record PlanDocument(string Format, long Seed, string DeviceCard, DeviceDocument Device, NonIdealityOptions NonIdealities, IReadOnlyList<LayerDocument> Layers)
{
    public const string CurrentFormat = "crossbarspice-conductance-plan/1";
}

/// <summary>The device range as written in plan.json.</summary>
internal sealed record DeviceDocument(double GminSiemens, double GmaxSiemens, IReadOnlyList<double>? LevelsSiemens);

/// <summary>One layer in plan.json.</summary>
internal sealed record LayerDocument(string Name, MatrixLayout Layout, int MaxTileRows, int MaxTileColumns, IReadOnlyList<TileDocument> Tiles, Compensation.LayerCompensation? Compensation = null, Compensation.TileSizeChoice? TileChoice = null);

/// <summary>One tile in plan.json, naming its CSV files (relative to plan.json); <c>Target</c> only for compensated tiles.</summary>
internal sealed record TileDocument(string Name, TileBlock Block, string Conductances, string? Faults, int FaultCount, string? Target = null);
