using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Cosim.Energy;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>What <see cref="EnergyReportBuilder"/> combines. Energy inputs are null for an area-only report.</summary>
public sealed record EnergyReportInputs
{
    /// <summary>Per crossbar layer its read figures (energy report), or null (area only).</summary>
    public IReadOnlyList<CrossbarReadFigures>? Crossbars { get; init; }

    /// <summary>Operation energy and area of each peripheral module used, by module name.</summary>
    public required IReadOnlyDictionary<string, OperationEnergy> Periphery { get; init; }

    /// <summary>Memristor cell area, m² (device card).</summary>
    public required double CellSquareMeters { get; init; }

    /// <summary>Read pulse width, s (device card).</summary>
    public required double ReadSeconds { get; init; }

    /// <summary>Read voltage, V (device card).</summary>
    public required double CardReadVolts { get; init; }

    /// <summary>Process feature size, m.</summary>
    public required double FeatureMeters { get; init; }

    /// <summary>Process VDD, V.</summary>
    public required double VddVolts { get; init; }

    /// <summary>Process key.</summary>
    public required string ProcessKey { get; init; }

    /// <summary>Bits of an input word (DAC resolution, input-buffer word), default 8 (8-bit grey levels).</summary>
    public int InputBits { get; init; } = 8;

    /// <summary>ADC resolution, bits, default 8.</summary>
    public int AdcBits { get; init; } = 8;

    /// <summary>Inferences per second for the power column; null: one inference per Σ reads × read time.</summary>
    public double? InferencesPerSecond { get; init; }

    /// <summary>Which inputs the array energies were measured on.</summary>
    public string InputsBasis { get; init; } = "area only: no inputs";

    /// <summary>Sigmoid choice of each LSTM layer by layer name (<see cref="LstmSigmoidChoices"/>); null or absent:
    /// <see cref="Circuits.Layers.Lstm.LstmCellPeriphery.SixTransistor"/>.</summary>
    public IReadOnlyDictionary<string, string>? LstmSigmoids { get; init; }

    /// <summary>Voltage swing a sample-and-hold charges its capacitor through per sample, V (default 1 V: the range of
    /// h in (−1, 1) at 1 V per unit).</summary>
    public double HoldSwingVolts { get; init; } = 1;
}
