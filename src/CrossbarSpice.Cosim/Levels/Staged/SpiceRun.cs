using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// One ngspice run of the <c>spice</c> level, as <see cref="SpiceEvaluator"/> made it: the stage, the first of the lanes
/// it solved, the deck exactly as it was handed to ngspice (inputs applied, DC sweep over the lanes) and what ngspice
/// returned. Exported decks (<c>Export/DeckExport</c>) are written from these, so there is no second deck writer.
/// </summary>
/// <param name="Stage">The stage (an LSTM cell for a time step of a recurrent layer).</param>
/// <param name="FirstLane">Index of the run's first lane among the lanes of its call.</param>
/// <param name="Lanes">How many lanes the run solved (its DC sweep has max(2, Lanes) points).</param>
/// <param name="Deck">The deck as run; its relative includes are relative to the stage deck's folder.</param>
/// <param name="Result">ngspice's vectors.</param>
internal sealed record SpiceRun(CircuitStage Stage, int FirstLane, int Lanes, SpiceNetlist Deck, SimulationResult Result);
