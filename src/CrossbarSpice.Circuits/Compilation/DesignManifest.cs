namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// manifest.json of a compiled design: what produced it (inputs with SHA-256, device card, options, seed),
/// every file, and for every crossbar matrix where its inputs are applied and its outputs read.
/// </summary>
/// <param name="Format">Format tag, <see cref="CurrentFormat"/>.</param>
/// <param name="Design">Design name.</param>
/// <param name="Inputs">Architecture, weights and device card files with their SHA-256.</param>
/// <param name="Options">The compile options as given.</param>
/// <param name="Plan">Relative path of the conductance plan (plan.json).</param>
/// <param name="Libraries">Shared SPICE libraries, relative paths.</param>
/// <param name="Layers">Every layer of the network in order, crossbar or not.</param>
/// <param name="Files">Every file of the design folder but the manifest, with its SHA-256, in ordinal order of path
/// (<see cref="DesignFiles"/>): set by <see cref="CompiledDesignWriter"/> and checked on every open; null only in
/// memory before the folder is written (and in designs of older versions, which are refused).</param>
public sealed record DesignManifest(
    string Format,
    string Design,
    ManifestInputs Inputs,
    ManifestOptions Options,
    string Plan,
    IReadOnlyList<string> Libraries,
    IReadOnlyList<ManifestLayer> Layers,
    IReadOnlyList<DesignFile>? Files = null)
{
    /// <summary>The manifest format written by this version.</summary>
    public const string CurrentFormat = "crossbarspice-design/1";
}

/// <summary>An input file and its SHA-256 (hex, lower case).</summary>
/// <param name="Path">Path as given on the command line.</param>
/// <param name="Sha256">Hash of the file's bytes.</param>
public sealed record ManifestFile(string Path, string Sha256)
{
    /// <summary>The SHA-256 of the bytes at <paramref name="path"/>, hex, lower case.</summary>
    public static string HashOf(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The file at <paramref name="path"/> (recorded with '/' separators) and its hash.</summary>
    public static ManifestFile Of(string path) => new(path.Replace('\\', '/'), HashOf(path));
}

/// <summary>The files a design was compiled from.</summary>
/// <param name="Architecture">Architecture JSON.</param>
/// <param name="Weights">Weights files.</param>
/// <param name="DeviceCard">Memristor device card.</param>
/// <param name="Process">CMOS process card of the transistor-level periphery, when the design has any.</param>
public sealed record ManifestInputs(ManifestFile Architecture, IReadOnlyList<ManifestFile> Weights, ManifestFile DeviceCard, ManifestFile? Process = null);

/// <summary>One layer of the network.</summary>
/// <param name="Name">Layer name.</param>
/// <param name="Type">Layer type (dense, conv2d, relu, …).</param>
/// <param name="Crossbars">Its crossbar matrices (none for periphery-only layers).</param>
/// <param name="Periphery">For layers without a crossbar: what circuit computes them and its status.</param>
/// <param name="Deck">For layers with a stage deck of their own (activation, pooling): its path.</param>
public sealed record ManifestLayer(string Name, string Type, IReadOnlyList<ManifestCrossbar> Crossbars, string? Periphery, string? Deck = null);

/// <summary>
/// One crossbar matrix: its deck, tiles, input and readout nets, and — when the next layer's activation circuit is
/// fused into its deck — that circuit's output nets (<c>ActivationNets</c>, by output index). For an LSTM cell with its
/// periphery: <c>OutputNets</c> are the gate pre-activations, <c>ActivationNets</c> h_t then c_t, and <c>Lstm</c> the
/// scale factors between the cell's blocks.
/// </summary>
public sealed record ManifestCrossbar(
    string Name,
    int Inputs,
    int Outputs,
    string Deck,
    double SiemensPerWeight,
    double InputVoltsPerUnit,
    double FeedbackOhms,
    IReadOnlyList<ManifestTile> Tiles,
    IReadOnlyList<string> InputNets,
    string? BiasNet,
    IReadOnlyList<OutputNet> OutputNets,
    IReadOnlyList<string>? ActivationNets = null,
    Stages.LstmCellScales? Lstm = null);

/// <summary>One tile: its library file, subcircuit and block of the logical crossbar.</summary>
public sealed record ManifestTile(string Name, string File, int RowStart, int RowCount, int ColumnStart, int ColumnCount, int FaultCount);
