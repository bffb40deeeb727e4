namespace CrossbarSpice.Simulation.Arrays;

/// <summary>A non-linear two-terminal device (selector, or access transistor from drain to source).</summary>
/// <param name="A">Terminal the device current leaves from (selector row side; transistor drain).</param>
/// <param name="B">Terminal it enters (selector memristor side; transistor source).</param>
/// <param name="Output">Column whose output current includes the device current, or −1.</param>
internal readonly record struct DeviceBranch(int A, int B, int Output);
