namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>What sits at each cross point of a <see cref="CrossbarTileCircuit"/>.</summary>
public enum CrossbarCellKind
{
    /// <summary>A linear memristor: a resistor of the cell's conductance (S) between row and column node.</summary>
    Ohmic,

    /// <summary>1S1M: a threshold selector (<see cref="ThresholdSelectorParameters"/>) from the row node to the
    /// cell's middle node, in series with the memristor from the middle node to the column node.</summary>
    Selector,

    /// <summary>1T1M: the memristor from the row node to the cell's middle node, in series with an NMOS access
    /// transistor (<see cref="AccessTransistorParameters"/>) whose drain is the middle node and source the column node.</summary>
    AccessTransistor,
}
