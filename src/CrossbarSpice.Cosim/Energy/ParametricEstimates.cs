using System.Globalization;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Parametric models of the modules the project has no transistor-level netlist for: input DACs, output ADCs, the
/// input buffer (the patch-embedding SRAM of [P0]) and the timing generator. Every figure is an estimate; the
/// sources and scaling rules are in docs/energy-area.md. Published figures at 32 nm are scaled to the process's
/// feature size F first-order: energy ∝ F (switched capacitance at a fixed supply), area ∝ F².
/// </summary>
public static class ParametricEstimates
{
    /// <summary>Feature size of the ISAAC figures, m (32 nm).</summary>
    public const double IsaacFeatureMeters = 32e-9;

    /// <summary>ISAAC 1-bit DAC: 8×128 DACs draw 4 mW in total at one conversion per 100 ns cycle, J per conversion.</summary>
    public const double IsaacDacJoules = 4e-3 / 1024 * 100e-9;

    /// <summary>ISAAC 1-bit DAC area: 8×128 DACs take 170 µm², m² each.</summary>
    public const double IsaacDacSquareMeters = 170e-12 / 1024;

    /// <summary>ISAAC 8-bit ADC (Kull et al., ISSCC 2013): 8 ADCs, 16 mW, 1.2 GS/s each, J per conversion.</summary>
    public const double IsaacAdcJoules = 16e-3 / 8 / 1.2e9;

    /// <summary>ISAAC 8-bit ADC area: 8 ADCs take 9600 µm², m² each.</summary>
    public const double IsaacAdcSquareMeters = 9600e-12 / 8;

    /// <summary>ISAAC eDRAM buffer (64 KB, 256-bit port, CACTI): 20.45 pJ per access, J per bit.</summary>
    public const double IsaacBufferJoulesPerBit = 20.45e-12 / 256;

    /// <summary>ISAAC eDRAM buffer area: 83 000 µm² for 64 KB, m² per bit.</summary>
    public const double IsaacBufferSquareMetersPerBit = 83000e-12 / (64 * 1024 * 8);

    /// <summary>Switched capacitance per logic gate, F (assumption: a minimum 180 nm inverter driving fan-out 4 plus local wire, 5 fF).</summary>
    public const double GateFarads = 5e-15;

    /// <summary>Area per NAND2-equivalent gate at 180 nm, m² (assumption: ≈ 100 k gates/mm², 10 µm²).</summary>
    public const double GateSquareMeters180 = 10e-12;

    /// <summary>Gate equivalents of one D flip-flop (area and energy per clock), 6 (assumption, standard-cell rule of thumb).</summary>
    public const double FlipFlopGates = 6;

    /// <summary>An input DAC of <paramref name="bits"/> bits: the ISAAC 1-bit figure × 2^(bits−1) (binary-weighted
    /// elements), scaled from 32 nm to <paramref name="featureMeters"/>.</summary>
    public static ParametricModel Dac(int bits, double featureMeters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        return FromIsaac(
            string.Create(CultureInfo.InvariantCulture, $"DAC ({bits}-bit)"), IsaacDacJoules, IsaacDacSquareMeters, Math.Pow(2, bits - 1), featureMeters,
            string.Create(CultureInfo.InvariantCulture, $"ISAAC 1-bit DAC x 2^{bits - 1}, 32 nm -> {featureMeters * 1e9:0} nm"));
    }

    /// <summary>An output ADC of <paramref name="bits"/> bits: the ISAAC 8-bit SAR ADC × 2^(bits−8) (Walden figure of
    /// merit: energy per conversion step constant), scaled from 32 nm to <paramref name="featureMeters"/>.</summary>
    public static ParametricModel Adc(int bits, double featureMeters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        return FromIsaac(
            string.Create(CultureInfo.InvariantCulture, $"ADC ({bits}-bit)"), IsaacAdcJoules, IsaacAdcSquareMeters, Math.Pow(2, bits - 8), featureMeters,
            string.Create(CultureInfo.InvariantCulture, $"ISAAC 8-bit SAR ADC (Kull 2013) x 2^{bits - 8}, 32 nm -> {featureMeters * 1e9:0} nm"));
    }

    /// <summary>The input buffer (patch-embedding memory) holding words of <paramref name="bits"/> bits: one operation
    /// reads one word; area per bit. ISAAC eDRAM figures scaled from 32 nm.</summary>
    public static ParametricModel InputBuffer(int bits, double featureMeters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        var f = featureMeters / IsaacFeatureMeters;
        return new ParametricModel(
            "input buffer (SRAM)",
            IsaacBufferJoulesPerBit * bits * f,
            IsaacBufferSquareMetersPerBit * f * f,
            string.Create(CultureInfo.InvariantCulture, $"ISAAC 64 KB buffer, {bits}-bit word per read, area per bit, 32 nm -> {featureMeters * 1e9:0} nm"));
    }

    /// <summary>The timing generator for <paramref name="steps"/> read steps: a ⌈log2 steps⌉-bit counter clocked every
    /// step (each flip-flop <see cref="FlipFlopGates"/> gate switchings) plus a decoder of one gate per step line, two of
    /// which switch per step; each gate switching costs <see cref="GateFarads"/>·VDD². One operation is one step; the
    /// area is the whole generator's (<paramref name="steps"/> ≥ 1).</summary>
    public static ParametricModel TimingGenerator(long steps, double vddVolts, double featureMeters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var bits = Math.Max(1, (int)Math.Ceiling(Math.Log2(steps)));
        var gate = GateFarads * vddVolts * vddVolts;
        var f = featureMeters / 180e-9;
        var gates = (bits * FlipFlopGates) + steps;
        return new ParametricModel(
            "timing generator",
            ((bits * FlipFlopGates) + 2) * gate,
            gates * GateSquareMeters180 * f * f,
            string.Create(CultureInfo.InvariantCulture, $"{bits}-bit counter + {steps}-line decoder, 5 fF x VDD^2 per gate switching"));
    }

    /// <summary>Hold capacitor of a sample-and-hold, F (assumption: 1 pF MIM, a usual size for a held analogue value).</summary>
    public const double HoldFarads = 1e-12;

    /// <summary>MIM capacitor density, F/m² (1 fF/µm², as <c>AreaFactors</c>).</summary>
    public const double MimFaradsPerSquareMeter = 1e-15 / 1e-12;

    /// <summary>
    /// The sample-and-hold of one LSTM state value between time steps (no transistor-level netlist in the project): a
    /// transmission-gate switch (two gates of <see cref="GateFarads"/> switched at VDD) charging a
    /// <see cref="HoldFarads"/> capacitor through <paramref name="swingVolts"/> (C·V² drawn from the source per sample,
    /// an upper bound for a full swing). One operation is one sample. A read-out buffer is not counted.
    /// </summary>
    public static ParametricModel SampleAndHold(double vddVolts, double swingVolts, double featureMeters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(swingVolts);
        var f = featureMeters / 180e-9;
        return new ParametricModel(
            "sample-and-hold (h, c)",
            (HoldFarads * swingVolts * swingVolts) + (2 * GateFarads * vddVolts * vddVolts),
            (HoldFarads / MimFaradsPerSquareMeter) + (2 * GateSquareMeters180 * f * f),
            string.Create(CultureInfo.InvariantCulture, $"1 pF hold capacitor charged through {swingVolts:0.###} V + transmission gate, C V^2 per sample; buffer not counted"));
    }

    /// <summary>An ISAAC figure ×<paramref name="weight"/>, scaled from 32 nm to <paramref name="featureMeters"/>: energy
    /// with the feature size, area with its square.</summary>
    private static ParametricModel FromIsaac(string module, double joules, double squareMeters, double weight, double featureMeters, string basis)
    {
        var f = featureMeters / IsaacFeatureMeters;
        return new ParametricModel(module, joules * weight * f, squareMeters * weight * f * f, basis);
    }
}
