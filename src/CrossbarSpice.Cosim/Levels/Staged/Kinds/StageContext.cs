using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>What a stage kind's characterised behaviour needs from the design: the simulator for its bench, the
/// design's periphery library and supplies, the stage signal scale and the exactly solved crossbars.</summary>
/// <param name="Engine">ngspice, for the benches.</param>
/// <param name="LibraryPath">The design's periphery library, absolute.</param>
/// <param name="SupplyVolts">VDD (the supplies are ±VDD), V.</param>
/// <param name="OutputVoltsPerUnit">Volts per unit of every stage output, V.</param>
/// <param name="Crossbar">The array-solved crossbar (with ideal readouts) of a crossbar layer, by name.</param>
internal sealed record StageContext(
    ISimulationEngine Engine,
    string LibraryPath,
    double SupplyVolts,
    double OutputVoltsPerUnit,
    Func<string, CrossbarReadout> Crossbar);
