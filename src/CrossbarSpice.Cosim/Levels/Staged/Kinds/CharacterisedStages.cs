using CrossbarSpice.Circuits.Stages;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// The registry of the stage kinds' characterised behaviours: one line per stage record type. Adding a stage kind is
/// its record in Circuits/Stages, its <see cref="CharacterisedStage"/> here and one line below.
/// </summary>
internal static class CharacterisedStages
{
    private static readonly Dictionary<Type, CharacterisedStage> Entries = new CharacterisedStage[]
    {
        new CrossbarCharacterised(),
        new ElementCharacterised(),
        new AverageCharacterised(),
        new MaxCharacterised(),
        new AdderCharacterised(),
        new AffineCharacterised(),
        new SoftmaxCharacterised(),
        new LayerNormCharacterised(),
        new MatMulCharacterised(),
    }.ToDictionary(b => b.StageType);

    /// <summary>The behaviour of <paramref name="stage"/>'s record type.</summary>
    /// <exception cref="ArgumentException">The stage is not computed by circuits (wiring, unsupported).</exception>
    public static CharacterisedStage For(CircuitStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Entries.TryGetValue(stage.GetType(), out var behaviour)
            ? behaviour
            : throw new ArgumentException($"stage {stage.Layers[0]} is not computed by circuits", nameof(stage));
    }
}
