using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>
/// NMOS access transistor of a 1T1M cell as an ngspice Level-1 (Shichman–Hodges) model card with channel-length
/// modulation and everything else switched off for DC: GAMMA = 0 (no body effect), IS = JS = 0 (no junction
/// current), zero junction and overlap capacitances, RD = RS = 0, LD = 0. Its bulk is ground and its gate is
/// held at <see cref="GateVolts"/>. ngspice still puts <see cref="GminSiemens"/> across each bulk junction
/// (drain–bulk, source–bulk); the array solver reproduces those conductances.
/// </summary>
public sealed record AccessTransistorParameters
{
    /// <summary>Zero-bias threshold voltage VTO, V, finite. Default 0.5 V.</summary>
    public double ThresholdVolts { get; init => field = Guard.Finite(value); } = 0.5;

    /// <summary>Transconductance parameter KP, A/V², &gt; 0. Default 1.1e-4 A/V².</summary>
    public double TransconductanceAmpsPerVoltSquared { get; init => field = Guard.Positive(value); } = 1.1e-4;

    /// <summary>Channel-length modulation LAMBDA, 1/V, ≥ 0, finite. Default 0.02 /V.</summary>
    public double LambdaPerVolt { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); } = 0.02;

    /// <summary>Channel width W, m, &gt; 0. Default 1 µm.</summary>
    public double WidthMetres { get; init => field = Guard.Positive(value); } = 1e-6;

    /// <summary>Channel length L, m, &gt; 0. Default 0.18 µm.</summary>
    public double LengthMetres { get; init => field = Guard.Positive(value); } = 0.18e-6;

    /// <summary>Word-line (gate) voltage, V, finite, shared by every cell of the tile. Default 1.5 V.</summary>
    public double GateVolts { get; init => field = Guard.Finite(value); } = 1.5;

    /// <summary>ngspice's GMIN, S, ≥ 0: the conductance it puts across each bulk junction. Default 1e-12 S,
    /// ngspice's own default; the test bench writes it as <c>.options gmin=…</c>, and a deck that instantiates the
    /// tile's subcircuit must use the same GMIN for the array solver to answer for it.</summary>
    public double GminSiemens { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); } = 1e-12;
}
