namespace CrossbarSpice.Simulation.Arrays;

/// <summary>A conductance between two terminals (<see cref="TerminalCode"/>).</summary>
/// <param name="A">Terminal the counted current leaves from.</param>
/// <param name="B">Terminal it enters (a readout input is always <paramref name="B"/>).</param>
/// <param name="Siemens">Conductance, S, &gt; 0: exactly 1/R of the netlist's resistor, as ngspice computes it.</param>
/// <param name="Output">Column whose output current includes the current A → B, or −1.</param>
internal readonly record struct LinearBranch(int A, int B, double Siemens, int Output);
