namespace CrossbarSpice.Cosim.Runs;

/// <summary>The content of <c>provenance.json</c> (<see cref="Provenance"/>).</summary>
/// <param name="Tool">Always <c>CrossbarSpice</c>.</param>
/// <param name="Version">The project version, e.g. <c>1.0.0</c>.</param>
/// <param name="Commit">The git commit the program was built from, or <c>unknown</c>.</param>
/// <param name="Ngspice">The loaded ngspice library's version (e.g. <c>ngspice-39</c>), or why it is unavailable.</param>
/// <param name="CommandLine">The command line, <c>crossbar</c> then the arguments as given.</param>
/// <param name="Inputs">Input files with their SHA-256 (a design folder by its manifest).</param>
/// <param name="Seeds">Named seeds, or null when the run draws no random numbers.</param>
/// <param name="Machine">Where it ran.</param>
public sealed record ProvenanceDocument(
    string Tool,
    string Version,
    string Commit,
    string Ngspice,
    IReadOnlyList<string> CommandLine,
    IReadOnlyList<ProvenanceInput> Inputs,
    IReadOnlyDictionary<string, long>? Seeds,
    ProvenanceMachine Machine);
