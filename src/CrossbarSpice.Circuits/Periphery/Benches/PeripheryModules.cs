namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>The catalog of characterisable peripheral modules, in report order.</summary>
public static class PeripheryModules
{
    /// <summary>Every module.</summary>
    public static IReadOnlyList<PeripheryModule> All { get; } =
    [
        new SigmoidSixTransistorModule(),
        new TanhAmplifierModule(),
        new GilbertMultiplierModule(),
        new ReluModule(),
        new NormalisationModule(),
        new NormalisationModule(improved: true),
        new SummingAveragerModule(),
        new InverterDriverModule(),
        new AbsoluteValueModule(),
        new BoundedLinearModule(),
        new AveragePoolingModule(),
        new MaxSelectorModule(),
        new SoftmaxModule(),
        new LayerNormModule(),
        new AnalogueAdderModule(),
        new AffineAmplifierModule(),
        new CurrentSubtractorModule(),
        new GeneralActivationModule(tanh: false),
        new GeneralActivationModule(tanh: true),
        new OpAmpModule(OpAmpKind.Macromodel),
        new OpAmpModule(OpAmpKind.Cmos),
    ];

    /// <summary>The module named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static PeripheryModule? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
