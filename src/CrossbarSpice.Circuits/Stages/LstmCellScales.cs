using CrossbarSpice.Circuits.Periphery;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// The scale factors the compiler chose between the blocks of one LSTM cell (docs/lstm-circuit.md), recorded in the
/// manifest. Gates are in PyTorch order i, f, g, o. Pre-activation x of gate q reaches its activation circuit as
/// argument a_q·x (a = 1, 1, 2, 1 with the six-transistor sigmoid: tanh(x) = 2σ(2x) − 1 needs σ of the doubled
/// argument; 1 everywhere with the general activation circuit, whose tanh output is used for g).
/// Six-transistor: gate q's current subtractor mirrors I+ − I− = k·s_in·x with gain A_q = a_q·Is/(k·s_in), so the
/// sigmoid node receives a_q·x·Is. General: gate q's readout has R_F = 1/(κ_q·k·s_in), κ = 7.04 /V (sigmoid) and
/// 3.47 /V (tanh), so the circuit's input is x/κ_q volts. Gate values are 1 V per unit; c is at s_c V per unit:
/// f⊙c_{t−1} on a multiplier of K = 1 (f·s_c·c), i⊙g on one of K = s_c, so the adder's sum is s_c·c_t; tanh(c_t)
/// takes c_t/s_c; h_t = o⊙tanh(c_t) at K = 1 is 1 V per unit.
/// </summary>
/// <param name="Sigmoid">Sigmoid circuit name (<see cref="LstmSigmoids"/>).</param>
/// <param name="RowVoltsPerUnit">s_in: volts per unit on the rows (x_t and the held h_{t−1}).</param>
/// <param name="SiemensPerWeight">k of the gate crossbar, S per weight unit.</param>
/// <param name="PreactivationVoltsPerUnit">Per gate: volts per unit of pre-activation on its net y{j}.</param>
/// <param name="GateArguments">Per gate: a_q, the activation's argument per unit of pre-activation.</param>
/// <param name="GateInputGains">Per gate: the mirror gain A_q (A/A, six-transistor) or the readout R_F (Ω, general).</param>
/// <param name="SigmoidAmperesPerUnit">Is of the six-transistor sigmoid, A per unit of argument (0 for general).</param>
/// <param name="GateVoltsPerUnit">Volts per unit of the gate activations σ and tanh (after the buffers).</param>
/// <param name="CellVoltsPerUnit">s_c: volts per unit of c_t (adder output, held c_{t−1} source).</param>
/// <param name="HiddenVoltsPerUnit">s_h: volts per unit of h_t (multiplier output).</param>
/// <param name="MultiplierGain">K of the f⊙c and o⊙tanh(c) multipliers after the output-gain trim, V/V² (nominal).</param>
/// <param name="MultiplierOutputGainOhms">Their difference stage's Rd2 = Rd4, Ω.</param>
/// <param name="CandidateMultiplierGain">K of the i⊙g multiplier (= s_c), V/V² (nominal).</param>
/// <param name="CandidateMultiplierOutputGainOhms">Its difference stage's Rd2 = Rd4, Ω.</param>
/// <param name="TanhCellInputOhms">tanh(c_t) branch: the resistor from c_t into the current sense (six-transistor)
/// or the top of the divider to the general circuit's input (general), Ω.</param>
/// <param name="TanhCellInputGain">tanh(c_t) branch: mirror gain 2·Is·R/s_c (six-transistor) or divider ratio
/// 1/(3.47·s_c) (general).</param>
/// <param name="GateRanges">Per gate: the characterised pre-activation range ±r (units) of its circuit.</param>
/// <param name="CellRange">Characterised range ±r of c (units): the multiplier's ±1 V input range over s_c.</param>
public sealed record LstmCellScales(
    string Sigmoid,
    double RowVoltsPerUnit,
    double SiemensPerWeight,
    IReadOnlyList<double> PreactivationVoltsPerUnit,
    IReadOnlyList<double> GateArguments,
    IReadOnlyList<double> GateInputGains,
    double SigmoidAmperesPerUnit,
    double GateVoltsPerUnit,
    double CellVoltsPerUnit,
    double HiddenVoltsPerUnit,
    double MultiplierGain,
    double MultiplierOutputGainOhms,
    double CandidateMultiplierGain,
    double CandidateMultiplierOutputGainOhms,
    double TanhCellInputOhms,
    double TanhCellInputGain,
    IReadOnlyList<double> GateRanges,
    double CellRange)
{
    /// <summary>Is of the six-transistor sigmoid at the Table-I sizes and the docs/circuits.md §1 bias rails, A.</summary>
    public const double SixTransistorIs = 331e-6;

    /// <summary>κ of the general circuit's sigmoid output, per volt (docs/circuits.md §8).</summary>
    public const double GeneralSigmoidPerVolt = 7.04;

    /// <summary>κ of the general circuit's tanh output, per volt (docs/circuits.md §8).</summary>
    public const double GeneralTanhPerVolt = 3.47;

    /// <summary>K of the multiplier at its default 68 kΩ output gain (docs/circuits.md §3, minimax), V/V².</summary>
    public const double UntrimmedMultiplierGain = 1.009;

    /// <summary>The resistor of the tanh(c_t) branch's input, Ω.</summary>
    public const double TanhCellOhms = 10e3;

    /// <summary>Default s_c, V per unit of c: c within ±2 stays in the multiplier's ±1 V.</summary>
    public const double DefaultCellVoltsPerUnit = 0.5;

    /// <summary>The multiplier's linear input range, ±V (docs/circuits.md §3).</summary>
    public const double MultiplierInputVolts = 1;

    /// <summary>Subcircuit name of the i⊙g multiplier (the Gilbert cell with K = s_c).</summary>
    public const string CandidateMultiplierName = "gilbert_mult_ig";

    /// <summary>
    /// Characterised pre-activation ranges ±r of the gates i, f, g, o: the six-transistor sigmoid follows σ within
    /// 0.1 V for |x| ≤ 6 (docs/circuits.md §1; 0.21 V at 8), so ±6 for the sigmoid gates and ±3 for g (σ of 2x).
    /// </summary>
    public static readonly IReadOnlyList<double> GateRangesUnits = [6, 6, 3, 6];

    /// <summary>Index of the candidate gate g among i, f, g, o.</summary>
    public const int CandidateGate = 2;

    /// <summary>The sigmoid kind.</summary>
    public LstmSigmoid Kind => LstmSigmoids.Parse(Sigmoid) ?? throw new InvalidOperationException($"unknown LSTM sigmoid '{Sigmoid}'");

    /// <summary>The scales of a cell with crossbar constant <paramref name="siemensPerWeight"/>, rows at <paramref name="rowVoltsPerUnit"/> and c at <paramref name="cellVoltsPerUnit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A scale not positive, or s_c outside (1/3.47, 1] (the general
    /// circuit's tanh(c) divider needs s_c > 1/3.47; above 1 V per unit c would leave the adder's swing at |c| ≈ 1.7).</exception>
    public static LstmCellScales For(LstmSigmoid sigmoid, double siemensPerWeight, double rowVoltsPerUnit, double cellVoltsPerUnit = DefaultCellVoltsPerUnit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(siemensPerWeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowVoltsPerUnit);
        if (!(cellVoltsPerUnit > 1 / GeneralTanhPerVolt && cellVoltsPerUnit <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(cellVoltsPerUnit), cellVoltsPerUnit, "volts per unit of the LSTM cell state must be in (0.29, 1]");
        }

        var unitCurrent = siemensPerWeight * rowVoltsPerUnit; // amperes of I+ − I− per unit of pre-activation
        var s = cellVoltsPerUnit;
        var unity = new GilbertMultiplierOptions().OutputGainOhms / UntrimmedMultiplierGain;
        var cellRange = MultiplierInputVolts / s;
        if (sigmoid == LstmSigmoid.SixTransistor)
        {
            double[] arguments = [1, 1, 2, 1];
            return new LstmCellScales(
                LstmSigmoids.Name(sigmoid), rowVoltsPerUnit, siemensPerWeight, [1.0, 1.0, 1.0, 1.0], arguments,
                [.. arguments.Select(a => a * SixTransistorIs / unitCurrent)], SixTransistorIs, 1.0, s, 1.0, 1.0, unity, s, unity * s,
                TanhCellOhms, 2 * SixTransistorIs * TanhCellOhms / s, GateRangesUnits, cellRange);
        }

        double[] perVolt = [GeneralSigmoidPerVolt, GeneralSigmoidPerVolt, GeneralTanhPerVolt, GeneralSigmoidPerVolt];
        return new LstmCellScales(
            LstmSigmoids.Name(sigmoid), rowVoltsPerUnit, siemensPerWeight, [.. perVolt.Select(k => 1 / k)], [1.0, 1.0, 1.0, 1.0],
            [.. perVolt.Select(k => 1 / (k * unitCurrent))], 0, 1.0, s, 1.0, 1.0, unity, s, unity * s,
            TanhCellOhms, 1 / (GeneralTanhPerVolt * s), GateRangesUnits, cellRange);
    }
}
