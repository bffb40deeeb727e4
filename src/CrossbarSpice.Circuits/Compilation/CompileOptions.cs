using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Schemes;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>Everything besides the network and the device card that decides what <c>compile-weights</c> writes.</summary>
public sealed record CompileOptions
{
    /// <summary>Design name (folder name; used in titles).</summary>
    public required string DesignName { get; init; }

    /// <summary>Seed of every random stream (non-idealities).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Largest array height (rows), default 128 ([P1]).</summary>
    public int MaxTileRows { get; init; } = 128;

    /// <summary>Largest array width (physical columns; two per output), default 128.</summary>
    public int MaxTileColumns { get; init; } = 128;

    /// <summary>Weight → conductance scheme; default [P3] eq. 6.</summary>
    public MappingScheme Scheme { get; init; } = MappingScheme.Linear;

    /// <summary>Non-idealities applied at programming.</summary>
    public NonIdealityOptions NonIdealities { get; init; } = NonIdealityOptions.None;

    /// <summary>Cell override: null uses the card's cell (passive, 1S1M or 1T1M).</summary>
    public CrossbarSpice.Devices.Cells.CellKind? Cell { get; init; }

    /// <summary>Wire resistance of every row and column segment, Ω (default 2 Ω, [P3]).</summary>
    public double SegmentOhms { get; init; } = 2;

    /// <summary>Capacitance to ground of every row and column segment, F (default 0: not written). It changes no DC
    /// result; the tile libraries carry it for transient runs (device-cards/wire-2ohm.json: 0.693 fF).</summary>
    public double SegmentFarads { get; init; }

    /// <summary>Row drivers: ideal sources or CMOS inverters.</summary>
    public DriverKind Driver { get; init; } = DriverKind.Ideal;

    /// <summary>
    /// CMOS process of the transistor-level periphery: inverter drivers, and the activation and pooling circuits
    /// behind differential readouts. Needed when the design has any of them.
    /// </summary>
    public Periphery.PeripheryProcess? Process { get; init; }

    /// <summary>Row driver output resistance, Ω (0 = ideal source; ideal drivers only).</summary>
    public double DriverOhms { get; init; }

    /// <summary>Input scaling: volts applied per unit of network input (1 V per unit: [P3]'s 0–1 V grey levels).</summary>
    public double InputVoltsPerUnit { get; init; } = 1;

    /// <summary>Output scaling of the differential readout: volts per unit of pre-activation output.</summary>
    public double OutputVoltsPerUnit { get; init; } = 0.1;

    /// <summary>Input value (network units) driving each bias row.</summary>
    public double BiasInput { get; init; } = 1;

    /// <summary>Column readout.</summary>
    public ReadoutKind Readout { get; init; } = ReadoutKind.Differential;

    /// <summary>LSTM cell circuits: sigmoid (default [P0]'s six-transistor cell) and volts per unit of c.</summary>
    public Stages.LstmCircuitOptions Lstm { get; init; } = Stages.LstmCircuitOptions.Default;

    /// <summary>
    /// The normalisation every sample gets before the DACs, recorded in the manifest and applied by the co-simulation;
    /// null: samples are applied as they are.
    /// </summary>
    public InputNormalisation? InputNormalisation { get; init; }

    /// <summary>IR-drop compensation of the programmed conductances (docs/ir-drop.md); default none.</summary>
    public CompensationKind Compensation { get; init; } = CompensationKind.None;

    /// <summary>Tolerance and iteration limit of the IR-drop compensation.</summary>
    public Mapping.Compensation.CompensationSettings CompensationSettings { get; init; } = Mapping.Compensation.CompensationSettings.Default;

    /// <summary>
    /// Automatic tile size (<c>--tile auto</c>): per layer the largest square power-of-two tile, at most
    /// <see cref="MaxTileRows"/> × <see cref="MaxTileColumns"/>, whose wired-vs-mapped output error on representative
    /// inputs stays within this many volts (docs/ir-drop.md); null: every layer uses the fixed maximum tile.
    /// </summary>
    public double? MaxWireErrorVolts { get; init; }

    /// <summary>Supply rails of the readout op-amps, V ([P0] Table I: ±1.8 V).</summary>
    public double SupplyVolts { get; init; } = 1.8;
}
