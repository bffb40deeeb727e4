namespace CrossbarSpice.Circuits.Compilation;

/// <summary>How the columns of a compiled layer are read.</summary>
public enum ReadoutKind
{
    /// <summary>
    /// Every column ends at an ideal virtual ground (a 0 V source, <c>Vsense{c}</c>); the layer's outputs are
    /// the column currents, y_j ∝ i(Vsense{2j}) − i(Vsense{2j+1}). Used to check the arrays alone.
    /// </summary>
    Currents,

    /// <summary>
    /// Op-amp macromodel TIAs on both columns of a pair and a difference amplifier (docs/circuits.md §7.6); the
    /// layer's output j is the voltage of net <c>y{j}</c>.
    /// </summary>
    Differential,
}
