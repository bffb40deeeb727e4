using System.Text.Json.Serialization;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Mapping.Schemes;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The compile options recorded in the manifest (the cell kind, mapping scheme, readout and driver by their C# names,
/// e.g. <c>Passive</c>, <c>Linear</c>, <c>Differential</c>, <c>Ideal</c>); <c>PeripheryProcess</c> is the key of the CMOS process the periphery
/// circuits were emitted for (e.g. <c>cmos-180nm_bsim3_1.8V</c>), null when the design has none; <c>LstmSigmoid</c> the
/// sigmoid circuit of its LSTM cells (<c>six-transistor</c> or <c>general</c>) and <c>LstmCellVoltsPerUnit</c> their
/// volts per unit of c, null when it has no LSTM cell circuits; <c>InputMean</c> and <c>InputStd</c> the input
/// normalisation (<see cref="Compilation.InputNormalisation"/>), null (and absent from the file) without one;
/// <c>SegmentFarads</c> the wire segments' capacitance to ground (F), null (and absent) when the design has none.
/// </summary>
public sealed record ManifestOptions(
    long Seed,
    [property: JsonConverter(typeof(ExactEnumNameConverter<CellKind>))] CellKind Cell,
    [property: JsonConverter(typeof(ExactEnumNameConverter<MappingScheme>))] MappingScheme Scheme,
    int MaxTileRows,
    int MaxTileColumns,
    double SegmentOhms,
    double DriverOhms,
    double InputVoltsPerUnit,
    double OutputVoltsPerUnit,
    double BiasInput,
    [property: JsonConverter(typeof(ExactEnumNameConverter<ReadoutKind>))] ReadoutKind Readout,
    [property: JsonConverter(typeof(ExactEnumNameConverter<DriverKind>))] DriverKind Driver,
    double SupplyVolts,
    Mapping.NonIdealities.NonIdealityOptions NonIdealities,
    Crossbar.ThresholdSelectorParameters? Selector,
    Crossbar.AccessTransistorParameters? AccessTransistor,
    string? PeripheryProcess = null,
    string? LstmSigmoid = null,
    double? LstmCellVoltsPerUnit = null,
    IReadOnlyList<double>? InputMean = null,
    IReadOnlyList<double>? InputStd = null,
    double? SegmentFarads = null)
{
    /// <summary>What <paramref name="options"/> compiled with <paramref name="cell"/> records; the LSTM fields only when
    /// the design has LSTM cell circuits (<paramref name="withLstmCells"/>).</summary>
    public static ManifestOptions Of(CompileOptions options, CellParameters cell, bool withLstmCells)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cell);
        return new(
            options.Seed,
            cell.Kind,
            options.Scheme,
            options.MaxTileRows,
            options.MaxTileColumns,
            options.SegmentOhms,
            options.DriverOhms,
            options.InputVoltsPerUnit,
            options.OutputVoltsPerUnit,
            options.BiasInput,
            options.Readout,
            options.Driver,
            options.SupplyVolts,
            options.NonIdealities,
            cell.Selector,
            cell.AccessTransistor,
            options.Readout == ReadoutKind.Differential ? options.Process?.Key : null,
            withLstmCells ? LstmSigmoids.Name(options.Lstm.Sigmoid) : null,
            withLstmCells ? options.Lstm.CellVoltsPerUnit : null,
            options.InputNormalisation?.Mean,
            options.InputNormalisation?.Std,
            options.SegmentFarads > 0 ? options.SegmentFarads : null);
    }

    /// <summary>The input normalisation the design was compiled with, or null.</summary>
    public InputNormalisation? Normalisation() =>
        InputMean is { } mean && InputStd is { } std ? new(mean, std) : null;

    /// <summary>The LSTM cell circuits the design was compiled with (a design without them: the defaults).</summary>
    public LstmCircuitOptions LstmCircuits() => new(
        LstmSigmoids.Parse(LstmSigmoid) ?? Stages.LstmSigmoid.SixTransistor,
        LstmCellVoltsPerUnit ?? LstmCellScales.DefaultCellVoltsPerUnit);
}
