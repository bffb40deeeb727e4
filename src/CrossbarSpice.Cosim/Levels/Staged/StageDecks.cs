using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The staged levels re-plan a design's stages from its network; a design compiled before a layer kind had a circuit
/// (max pooling, matMul, softmax or layer norm before issue 18) has no deck and no library circuit for the stage the planner now gives it.
/// </summary>
internal static class StageDecks
{
    /// <summary>Throws when the manifest does not record <paramref name="stage"/>'s deck for its layer (a stage with a deck of its own).</summary>
    /// <exception cref="InputException">The design folder lacks the stage's circuit, naming the layer.</exception>
    public static void Require(DesignManifest manifest, string designRoot, CircuitStage stage)
    {
        if (!stage.HasDeck)
        {
            return;
        }

        var layer = manifest.Layers.FirstOrDefault(l => l.Name == stage.Layers[0]);
        if (layer?.Deck != stage.Deck)
        {
            throw new InputException(
                new SourceLocation(Path.Combine(designRoot, "manifest.json"), Field: stage.Layers[0]),
                $"the design has no circuit deck for layer {stage.Layers[0]} ({layer?.Periphery ?? "not in the manifest"}): it was compiled before this layer kind had a circuit; recompile it");
        }
    }
}
