using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The one place that decides the text ngspice gets for a stage's compiled deck at the <c>spice</c> level: the deck as
/// compile-weights wrote it, with, for <see cref="SpiceArrays.Port"/>, every <c>.include</c> of an ohmic tile library
/// with wires replaced by the tile's exact port-equivalent subcircuit (same name, same ports; computed from the design's
/// conductance plan by <see cref="TilePortEquivalent"/>). Every consumer of a stage's spice deck (the stage-by-stage
/// evaluator, the LSTM steps, the whole-network netlist, an exported deck) reads it here, so all follow the method.
/// Thread-safe; decks and equivalents are computed once.
/// </summary>
public sealed class SpiceStageDecks
{
    private readonly DesignManifest? manifest;
    private readonly string designRoot;
    private readonly IReadOnlyDictionary<string, (string Matrix, TilePlan Tile)> tiles;
    private readonly ConcurrentDictionary<string, Lazy<SpiceNetlist>> decks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> equivalents = new(StringComparer.OrdinalIgnoreCase);
    private int reduced;
    private int kept;
    private long reduceTicks;
    private int flatInstances;

    /// <summary>The decks of a design.</summary>
    /// <param name="manifest">The design's manifest (wire and cell options).</param>
    /// <param name="plan">Its conductance plan (the tiles' programmed conductances); needed for <see cref="SpiceArrays.Port"/>.</param>
    /// <param name="designRoot">The design folder.</param>
    /// <param name="arrays">The method.</param>
    public SpiceStageDecks(DesignManifest manifest, ConductancePlan? plan, string designRoot, SpiceArrays arrays)
        : this(designRoot, manifest, plan, arrays)
    {
        ArgumentNullException.ThrowIfNull(manifest);
    }

    private SpiceStageDecks(string designRoot, DesignManifest? manifest, ConductancePlan? plan, SpiceArrays arrays)
    {
        ArgumentNullException.ThrowIfNull(designRoot);
        if (arrays == SpiceArrays.Port && plan is null)
        {
            throw new ArgumentNullException(nameof(plan), "port equivalents are computed from the conductance plan");
        }

        this.manifest = manifest;
        this.designRoot = Path.GetFullPath(designRoot);
        Arrays = arrays;
        var map = new Dictionary<string, (string, TilePlan)>(StringComparer.Ordinal);
        foreach (var layer in plan?.Layers ?? [])
        {
            foreach (var tile in layer.Tiles)
            {
                map[LayerDeckBuilder.TileLibraryPath(layer.Name, tile.Block.Name)] = (layer.Name, tile);
            }
        }

        tiles = map;
    }

    /// <summary>The decks of the design in <paramref name="designRoot"/> exactly as compiled (<see cref="SpiceArrays.Full"/>).</summary>
    public static SpiceStageDecks AsCompiled(string designRoot) => new(designRoot, null, null, SpiceArrays.Full);

    /// <summary>The method.</summary>
    public SpiceArrays Arrays { get; }

    /// <summary>The design folder, absolute.</summary>
    public string DesignRoot => designRoot;

    /// <summary>Tiles read so far as exact port equivalents.</summary>
    public int ReducedTiles => Volatile.Read(ref reduced);

    /// <summary>Tiles read so far as compiled (full), in decks read with <see cref="SpiceArrays.Port"/> too (non-linear cells, ideal wires).</summary>
    public int FullTiles => Volatile.Read(ref kept);

    /// <summary>Instances of subcircuits above ngspice's port limit written flat into the decks read so far (<see cref="WideSubcircuits"/>).</summary>
    public int FlatInstances => Volatile.Read(ref flatInstances);

    /// <summary>Most ports a subcircuit keeps in a deck; wider ones are written flat. Lowered by tests only.</summary>
    internal int MaxSubcircuitPorts { get; init; } = WideSubcircuits.MaxPorts;

    /// <summary>CPU-thread time spent computing port equivalents so far.</summary>
    public TimeSpan ReductionTime => TimeSpan.FromTicks(Interlocked.Read(ref reduceTicks));

    /// <summary>True when <paramref name="subcircuit"/> is a tile's port equivalent that <see cref="Read"/> put into a deck.</summary>
    public bool IsPortEquivalent(string subcircuit) => equivalents.ContainsKey(subcircuit);

    /// <summary>One line for a run's summary: the method and what it did.</summary>
    public string Describe() => (Arrays == SpiceArrays.Full
        ? "full (every tile as compiled: wire segments and cells in ngspice's matrix)"
        : string.Create(CultureInfo.InvariantCulture, $"port ({ReducedTiles} tile(s) as exact port equivalents, computed in {ReductionTime.TotalSeconds:0.###} s; {FullTiles} tile(s) as compiled: non-linear cells or ideal wires)"))
        + (FlatInstances > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {FlatInstances} tile instance(s) above ngspice's {MaxSubcircuitPorts}-port limit written flat") : "");

    /// <summary>The lower-case name of a method, as <c>--spice-arrays</c> spells it.</summary>
    public static string Name(SpiceArrays arrays) => arrays.ToString().ToLowerInvariant();

    /// <summary>Parses <c>port</c> or <c>full</c>.</summary>
    /// <exception cref="InputException">Another word (field <c>SpiceArrays</c>).</exception>
    public static SpiceArrays Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "port" => SpiceArrays.Port,
        "full" => SpiceArrays.Full,
        _ => throw new InputException(new SourceLocation(null, Field: nameof(SpiceArrays)), $"unknown spice-arrays method '{text}'; use port or full"),
    };

    /// <summary>The deck at <paramref name="deck"/> (path from the design root) as ngspice gets it.</summary>
    /// <exception cref="InputException">The deck cannot be read.</exception>
    public SpiceNetlist Read(string deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        return decks.GetOrAdd(deck, d => new Lazy<SpiceNetlist>(() => Load(d))).Value;
    }

    private SpiceNetlist Load(string deck)
    {
        var path = Path.Combine(designRoot, deck);
        var netlist = SpiceNetlistReader.ReadFile(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        IReadOnlyList<NetlistItem> items = netlist.Items;
        if (Arrays == SpiceArrays.Port)
        {
            items = [.. netlist.Items.Select(item => item is IncludeDirective include && Equivalent(directory, include) is { } subcircuit ? subcircuit : item)];
        }

        // Tiles above ngspice's port limit (seed 003's 1401 x 20 array), as compiled or as port equivalents, go in flat.
        var flat = WideSubcircuits.Flatten(items, directory, Path.GetFullPath(path), MaxSubcircuitPorts, out var flattened);
        Interlocked.Add(ref flatInstances, flattened);
        return ReferenceEquals(flat, netlist.Items) ? netlist : new SpiceNetlist(netlist.Title, flat, netlist.SourcePath);
    }

    /// <summary>The port-equivalent subcircuit for an include of a tile library, or null to keep the include.</summary>
    private SubcircuitDefinition? Equivalent(string directory, IncludeDirective include)
    {
        var relative = Path.GetRelativePath(designRoot, Path.GetFullPath(Path.Combine(directory, include.Path))).Replace('\\', '/');
        if (!tiles.TryGetValue(relative, out var entry))
        {
            return null;
        }

        var options = manifest!.Options;
        var circuit = TileCircuits.For(entry.Tile, options.SegmentOhms, driverOhms: 0, options.Selector, options.AccessTransistor);
        if (!TilePortEquivalent.Applies(circuit))
        {
            Interlocked.Increment(ref kept);
            return null;
        }

        var watch = Stopwatch.StartNew();
        var subcircuit = TilePortEquivalent.Build(circuit, LayerDeckBuilder.SubcircuitName(entry.Matrix, entry.Tile.Block.Name));
        Interlocked.Add(ref reduceTicks, watch.Elapsed.Ticks);
        Interlocked.Increment(ref reduced);
        equivalents[subcircuit.Name] = true;
        return subcircuit;
    }
}
