namespace CrossbarSpice.Circuits.Compilation;

/// <summary>The files of one compiled crossbar matrix and the nets its inputs and outputs sit on.</summary>
/// <param name="Folder">Folder of the files, relative to the design root (e.g. "fc1").</param>
/// <param name="DeckFile">Top-level netlist, relative to the design root.</param>
/// <param name="Files">Every file (relative path → SPICE text): tile libraries and the deck.</param>
/// <param name="InputNets">Input i is applied by source <c>Vin{i}</c> to this net.</param>
/// <param name="BiasNet">Net of the bias row's source, or null.</param>
/// <param name="Outputs">Output j: the net (differential readout) or the two sense-source currents.</param>
/// <param name="FeedbackOhms">Transimpedance RF of the differential readout, Ω (0 for current readout).</param>
public sealed record LayerDeck(
    string Folder,
    string DeckFile,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> InputNets,
    string? BiasNet,
    IReadOnlyList<OutputNet> Outputs,
    double FeedbackOhms);

/// <summary>Where output j of a crossbar matrix can be read.</summary>
/// <param name="Index">Output index (row of the weight matrix).</param>
/// <param name="Net">Output voltage net (differential readout), else null.</param>
/// <param name="PlusCurrent">Vector of the G+ column current (current readout), else null.</param>
/// <param name="MinusCurrent">Vector of the G− column current (current readout), else null.</param>
public sealed record OutputNet(int Index, string? Net, string? PlusCurrent, string? MinusCurrent);
