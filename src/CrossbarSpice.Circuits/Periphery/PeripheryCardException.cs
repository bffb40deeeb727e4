using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>A peripheral module was asked for with a card that lacks something it needs (transistor models, a supply).</summary>
public sealed class PeripheryCardException : CrossbarSpiceException
{
    /// <summary>Creates the exception; the message names the module, the card and the missing field.</summary>
    /// <param name="module">Module name, e.g. <c>relu</c>.</param>
    /// <param name="card">Card name (or file) that was given.</param>
    /// <param name="field">The missing or unusable card field, e.g. <c>modelSets[Bsim3]</c> or <c>supplies.vssVolts</c>.</param>
    /// <param name="problem">What is wrong with it.</param>
    public PeripheryCardException(string module, string card, string field, string problem)
        : base($"module '{module}' cannot be built from card '{card}': {field}: {problem}")
    {
        Module = module;
        Card = card;
        Field = field;
    }

    /// <summary>The module that was asked for.</summary>
    public string Module { get; }

    /// <summary>The card given.</summary>
    public string Card { get; }

    /// <summary>The card field that is missing or unusable.</summary>
    public string Field { get; }
}
