using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Cosim.Design;

/// <summary>
/// A compiled design opened for co-simulation: its manifest and conductance plan, and the network it was compiled
/// from, loaded from the design folder's own copy (<see cref="DesignNetworkCopy"/>, SHA-256 checked against the
/// manifest). <see cref="Open"/> is the one way every verb (cosim, report, sweep, golden, lstm-transient) opens a design.
/// </summary>
public sealed class CosimDesign
{
    /// <summary>
    /// SHA-256 (hex, lower case) of the design's manifest.json followed by its plan.json: what a sweep or cosim shard
    /// records so that its resumption and merge are refused against another design. The manifest lists every design
    /// file's own SHA-256, so this covers them all.
    /// </summary>
    public string Sha256()
    {
        var manifest = File.ReadAllBytes(Path.Combine(Folder.Root, "manifest.json"));
        var plan = File.ReadAllBytes(Path.Combine(Folder.Root, Folder.Manifest.Plan));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. manifest, .. plan]));
    }

    private CosimDesign(CompiledDesignFolder folder, NetworkGraph network)
    {
        Folder = folder;
        Network = network;
    }

    /// <summary>The design folder (manifest and plan).</summary>
    public CompiledDesignFolder Folder { get; }

    /// <summary>The trained network as compiled.</summary>
    public NetworkGraph Network { get; }

    /// <summary>The input normalisation the design was compiled with (applied by <see cref="NetworkInput"/>), or null.</summary>
    public InputNormalisation? InputNormalisation => Folder.Manifest.Options.Normalisation();

    /// <summary>Number of network outputs (classes).</summary>
    public int OutputCount => Network.InferShapes()[Network.Outputs[0]].ElementCount;

    /// <summary>
    /// The network input of a data sample: the sample normalised as the design was compiled (<see cref="InputNormalisation"/>),
    /// or a copy of it. The one place the normalisation is applied: every level of cosim, sweep, golden and the energy
    /// report gets its inputs from here, so they all see the same values.
    /// </summary>
    /// <param name="sample">The sample's features, network units, in the network input's row-major order.</param>
    public double[] NetworkInput(ReadOnlySpan<double> sample) =>
        InputNormalisation is { } normalisation ? normalisation.Apply(sample, Network.Inputs[0].Shape) : sample.ToArray();

    /// <summary>How the design's crossbars apply their inputs (analogue or bit-serial; the manifest's read fields).</summary>
    public Mapping.ReadSchemes.ReadScheme ReadScheme => Folder.Manifest.Options.Reads();

    /// <summary>Volts per network unit of every layer output (the manifest's OutputVoltsPerUnit), V.</summary>
    public double OutputVoltsPerUnit => Folder.Manifest.Options.OutputVoltsPerUnit;

    /// <summary>Opens <paramref name="designFolder"/>: manifest, plan and the network from its <c>network/</c> copy.</summary>
    /// <exception cref="InputException">Not a design, its network copy missing or changed since compilation, or not of one input and one output (the last layer's).</exception>
    public static CosimDesign Open(string designFolder)
    {
        var folder = CompiledDesignFolder.Read(designFolder);
        var network = DesignNetworkCopy.Load(folder.Root, folder.Manifest.Inputs);
        // The levels walk the layers in dependency order and read values by name (skip connections included); the
        // network's prediction is the last layer's output.
        var supported = network.Inputs.Count == 1 && network.Outputs.Count == 1 && network.Outputs[0] == network.Layers[^1].Outputs[0];
        if (!supported)
        {
            throw new InputException(new SourceLocation(Path.Combine(folder.Root, DesignNetworkCopy.ArchitecturePath(folder.Manifest.Inputs))), "cosim handles networks of one input and one output, the last layer's");
        }

        CheckNormalisation(folder, network);
        CheckReadScheme(folder);
        return new CosimDesign(folder, network);
    }

    /// <summary>The manifest's read scheme: a known name and, for bit-serial, its fields in range.</summary>
    private static void CheckReadScheme(CompiledDesignFolder folder)
    {
        try
        {
            folder.Manifest.Options.Reads();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new InputException(new SourceLocation(Path.Combine(folder.Root, "manifest.json"), Field: "options." + exception.ParamName), exception.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>The manifest's input normalisation: both fields or neither, and values that fit the network input.</summary>
    private static void CheckNormalisation(CompiledDesignFolder folder, NetworkGraph network)
    {
        var options = folder.Manifest.Options;
        var manifest = Path.Combine(folder.Root, "manifest.json");
        if ((options.InputMean is null) != (options.InputStd is null))
        {
            throw new InputException(new SourceLocation(manifest, Field: options.InputMean is null ? "options.inputStd" : "options.inputMean"), "the input normalisation needs both inputMean and inputStd");
        }

        try
        {
            options.Normalisation()?.Validate(network.Inputs[0].Shape);
        }
        catch (InputException exception)
        {
            throw new InputException(new SourceLocation(manifest, Field: "options." + char.ToLowerInvariant(exception.Location.Field![0]) + exception.Location.Field[1..]), exception.Problem, exception);
        }
    }

    /// <summary>
    /// The same design with <paramref name="plan"/> as its programmed conductances (e.g. re-programmed with other
    /// non-idealities); every level other than <c>ideal</c> then computes on that plan. The plan must have the design's
    /// crossbars and layouts.
    /// </summary>
    public CosimDesign WithPlan(Mapping.Plans.ConductancePlan plan) => new(Folder.WithPlan(plan), Network);

    /// <summary>The forward pass of <paramref name="level"/>; dispose it when it is disposable.</summary>
    /// <exception cref="InputException">The design cannot be computed at that level.</exception>
    public ILevelForward Level(CosimLevel level) => level switch
    {
        CosimLevel.Ideal => new ReferenceLevel(new ReferenceNetwork(Network)),
        CosimLevel.Mapped when ReadScheme.IsBitSerial => new WiredLevel(Network, Folder.Plan, Folder.Manifest, Folder.Root, (plan, _) => new BitSerialMappedRead(plan, ReadScheme)),
        CosimLevel.Mapped => new ReferenceLevel(ReferenceNetwork.WithWeights(Network, MappedWeights())),
        CosimLevel.Wired => Wired(),
        CosimLevel.Characterised or CosimLevel.Spice when ReadScheme.IsBitSerial => throw new InputException(
            new SourceLocation(Path.Combine(Folder.Root, "manifest.json"), Field: "options.readScheme"),
            $"the {CosimLevels.Name(level)} level applies analogue row voltages; a bit-serial design is computed at the ideal, mapped and wired levels only (docs/sequencer.md)"),
        CosimLevel.Characterised => new StagedLevel(Network, CircuitStages("the characterised level"), new CharacterisedEvaluator(Folder.Manifest, Folder.Plan, Folder.Root, new NgspiceEngine())),
        CosimLevel.Spice when SpiceWholeNetlist => new WholeNetlistLevel(Network, CircuitStages("the spice level"), SpiceDecks(), Folder.Manifest.Options.InputVoltsPerUnit, OutputVoltsPerUnit, new NgspiceEngine()),
        CosimLevel.Spice => new StagedLevel(Network, CircuitStages("the spice level"), new SpiceEvaluator(Folder.Manifest, Folder.Root, new NgspiceEngine(), SpiceLanesPerRun, SpiceDecks()) { Ran = SpiceRuns }),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };

    /// <summary>
    /// True: the <c>spice</c> level runs the whole network as one netlist per sample (every lane of every stage
    /// instantiated and wired to the next, one operating point); false (default): stage by stage.
    /// </summary>
    public bool SpiceWholeNetlist { get; set; }

    /// <summary>How the <c>spice</c> level puts the tiles into ngspice; default <see cref="Levels.Staged.SpiceArrays.Port"/>.</summary>
    public SpiceArrays SpiceArrays { get; set; } = SpiceArrays.Port;

    /// <summary>The stage decks as the <c>spice</c> level gives them to ngspice (<see cref="SpiceArrays"/>): the one
    /// source of a stage's spice deck text.</summary>
    public SpiceStageDecks SpiceDecks() => new(Folder.Manifest, Folder.Plan, Folder.Root, SpiceArrays) { MaxSubcircuitPorts = SpiceMaxSubcircuitPorts };

    /// <summary>Most ports a tile subcircuit keeps in a spice deck before it is written flat; lowered by tests only.</summary>
    internal int SpiceMaxSubcircuitPorts { get; set; } = WideSubcircuits.MaxPorts;

    /// <summary>The whole-network netlist of <paramref name="input"/> (see <see cref="SpiceWholeNetlist"/>).</summary>
    /// <exception cref="InputException">A layer without a circuit.</exception>
    public Netlist.SpiceNetlist WholeNetlistOf(double[] input)
    {
        var (netlist, _) = WholeNetlist.Build(Network, CircuitStages("a whole-network netlist"), SpiceDecks(), $"{Folder.Manifest.Design}: whole network, one sample");
        return WholeNetlist.WithInput(netlist, input, Folder.Manifest.Options.InputVoltsPerUnit);
    }

    /// <summary>Receives every ngspice run of a <c>spice</c> level made after it is set (deck export); null for none.</summary>
    internal Action<SpiceRun>? SpiceRuns { get; set; }

    /// <summary>Most lanes (input vectors of a stage) one ngspice run solves at the <c>spice</c> level; default 400.</summary>
    public int SpiceLanesPerRun { get; init; } = 400;

    /// <summary>The design's circuit stages (crossbars with fused activations, pooling, wiring), in order.</summary>
    /// <exception cref="InputException">The design has no voltage readouts.</exception>
    public IReadOnlyList<CircuitStage> Stages()
    {
        var manifest = Folder.Manifest;
        if (manifest.Options.Readout != ReadoutKind.Differential)
        {
            throw new InputException(new SourceLocation(Folder.Root), $"the characterised and spice levels need the differential readout; this design has {manifest.Options.Readout}");
        }

        var k = manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.SiemensPerWeight, StringComparer.Ordinal);
        return StagePlanner.Plan(Network, k, manifest.Options.InputVoltsPerUnit, manifest.Options.OutputVoltsPerUnit, withPeriphery: manifest.Options.PeripheryProcess is not null, manifest.Options.LstmCircuits());
    }

    /// <summary>The stages, each with a circuit; <paramref name="use"/> names what needs them in the error.</summary>
    /// <exception cref="InputException">A layer without a circuit, named with the reason.</exception>
    private IReadOnlyList<CircuitStage> CircuitStages(string use)
    {
        var stages = Stages();
        return stages.OfType<UnsupportedStage>().FirstOrDefault() is { } unsupported
            ? throw new InputException(new SourceLocation(Folder.Root, Field: unsupported.Layers[0]), $"{use} needs a circuit for every layer: {unsupported.Reason}")
            : stages;
    }

    private Dictionary<string, (double[] W, double[] b)> MappedWeights() =>
        Folder.Plan.Layers.ToDictionary(l => l.Name, l => l.EffectiveWeights(), StringComparer.Ordinal);

    private WiredLevel Wired()
    {
        var options = Folder.Manifest.Options;
        if (options.Driver != DriverKind.Ideal)
        {
            throw new InputException(new SourceLocation(Folder.Root), $"the wired level models ideal row drivers; this design has {options.Driver} drivers");
        }

        return new WiredLevel(Network, Folder.Plan, Folder.Manifest, Folder.Root);
    }
}
