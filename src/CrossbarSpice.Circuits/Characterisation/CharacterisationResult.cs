using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Circuits.Periphery.Estimates;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>What characterising one module on one process gives: its DC curve against the ideal, errors, scale
/// factor, step response, power, energy, devices and area. Immutable.</summary>
public sealed record CharacterisationResult
{
    /// <summary>The module.</summary>
    public required PeripheryModule Module { get; init; }

    /// <summary>Process key (card, model level, supply), e.g. <c>cmos-180nm_bsim3_1.8V</c>.</summary>
    public required string ProcessKey { get; init; }

    /// <summary>Useful input range in words.</summary>
    public required string RangeText { get; init; }

    /// <summary>Inner input of each DC point, V or A.</summary>
    public required IReadOnlyList<double> Input { get; init; }

    /// <summary>Second input of each DC point, V, or null for 1-D transfers.</summary>
    public IReadOnlyList<double>? SecondInput { get; init; }

    /// <summary>Output of each DC point, V.</summary>
    public required IReadOnlyList<double> Output { get; init; }

    /// <summary>Ideal output of each DC point (with <see cref="ScaleValue"/>), V.</summary>
    public required IReadOnlyList<double> Ideal { get; init; }

    /// <summary>Whether each DC point lies in the useful range.</summary>
    public required IReadOnlyList<bool> InRange { get; init; }

    /// <summary>The scale factor's definition.</summary>
    public required ScaleFactor Scale { get; init; }

    /// <summary>The scale factor used (fitted or nominal), in <see cref="ScaleFactor.Unit"/>.</summary>
    public required double ScaleValue { get; init; }

    /// <summary>Max |output − ideal| over the useful range, V.</summary>
    public required double MaxErrorVolts { get; init; }

    /// <summary>RMS of output − ideal over the useful range, V.</summary>
    public required double RmsErrorVolts { get; init; }

    /// <summary>Time from the input edge until the output stays within 1 % of its step, s.</summary>
    public required double SettlingSeconds { get; init; }

    /// <summary>Supply power before the step (operating point), W.</summary>
    public required double StaticWatts { get; init; }

    /// <summary>Supply energy over the operation window [edge, stop] (static + dynamic), J.</summary>
    public required double EnergyJoules { get; init; }

    /// <summary>Length of the operation window, s.</summary>
    public required double WindowSeconds { get; init; }

    /// <summary>Time points of the step response, s.</summary>
    public required IReadOnlyList<double> StepTime { get; init; }

    /// <summary>Output of the step response, V.</summary>
    public required IReadOnlyList<double> StepOutput { get; init; }

    /// <summary>Devices of the module.</summary>
    public required DeviceInventory Inventory { get; init; }

    /// <summary>Estimated area, m².</summary>
    public required double AreaSquareMeters { get; init; }

    /// <summary>Extra metrics (name, unit, value), e.g. an op-amp's DC gain in dB.</summary>
    public IReadOnlyList<(string Name, string Unit, double Value)> Extra { get; init; } = [];
}
