namespace CrossbarSpice.Devices.Memristors;

/// <summary>How a card gives a memristor's programmable conductance levels.</summary>
public enum LevelSpacing
{
    /// <summary>A count of levels spread evenly in conductance from Gmin to Gmax (both included).</summary>
    LinearInConductance,

    /// <summary>A measured table of conductances, strictly increasing, within [Gmin, Gmax].</summary>
    Table,
}
