using System.Globalization;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// The state of listing a network's peripheral modules (<see cref="LayerCircuit.AddPeripheryUses"/>, in layer order).
/// A module after a convolution works pixel by pixel, after a dense layer on tokens or an LSTM token by token: one
/// instance per channel (feature), operated once per element; <see cref="ChannelAxis"/> tracks that.
/// </summary>
public sealed class PeripheryPlanning
{
    private readonly List<PeripheryUse> uses = [];

    /// <summary>Starts listing.</summary>
    /// <param name="shapes">Every tensor's shape.</param>
    /// <param name="tileRows">Physical rows (Σ over tiles) of each crossbar, by crossbar name.</param>
    /// <param name="inverterDrivers">True when the design drives its rows with CMOS inverters.</param>
    /// <param name="lstmSigmoids">Sigmoid choice of LSTM layers by layer name; absent layers use the six-transistor cell.</param>
    public PeripheryPlanning(IReadOnlyDictionary<string, TensorShape> shapes, IReadOnlyDictionary<string, long> tileRows, bool inverterDrivers, IReadOnlyDictionary<string, string>? lstmSigmoids)
    {
        Shapes = shapes;
        TileRows = tileRows;
        InverterDrivers = inverterDrivers;
        LstmSigmoids = lstmSigmoids;
    }

    /// <summary>Every tensor's shape.</summary>
    public IReadOnlyDictionary<string, TensorShape> Shapes { get; }

    /// <summary>Physical rows of each crossbar.</summary>
    public IReadOnlyDictionary<string, long> TileRows { get; }

    /// <summary>True with inverter row drivers.</summary>
    public bool InverterDrivers { get; }

    /// <summary>Sigmoid choice of LSTM layers by layer name, or null.</summary>
    public IReadOnlyDictionary<string, string>? LstmSigmoids { get; }

    /// <summary>
    /// Axis of the current tensor whose size is the number of circuits when the tensor streams out element group by
    /// element group (channels after a convolution, features of tokens); null when every element has its own.
    /// </summary>
    public int? ChannelAxis { get; set; }

    /// <summary>The uses so far.</summary>
    public IReadOnlyList<PeripheryUse> Uses => uses;

    /// <summary>Adds <paramref name="use"/>.</summary>
    public void Add(PeripheryUse use) => uses.Add(use);

    /// <summary>With inverter drivers: one per tile row of <paramref name="crossbars"/>, operated <paramref name="reads"/> times.</summary>
    public void AddDrivers(string group, IReadOnlyList<string> crossbars, int reads)
    {
        if (!InverterDrivers)
        {
            return;
        }

        var rows = crossbars.Sum(c => TileRows[c]);
        uses.Add(new PeripheryUse(group, "row driver", "inverter-driver", rows, rows * reads, Text($"one per tile row, {reads} read(s)")));
    }

    /// <summary>
    /// A module computing every element of <paramref name="layer"/>'s output: one per channel when the tensor streams
    /// and <paramref name="perChannelWhenStreamed"/>, else one per element.
    /// </summary>
    public void AddElementwise(LayerNode layer, string role, string module, bool perChannelWhenStreamed)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var output = Shapes[layer.Outputs[0]];
        var elements = output.ElementCount;
        var perChannel = ChannelAxis is not null && perChannelWhenStreamed && ChannelAxis < output.Rank;
        var instances = perChannel ? output[ChannelAxis!.Value] : elements;
        uses.Add(new PeripheryUse(layer.Name, role, module, instances, elements,
            perChannel ? "one per channel, element group by element group" : "one per output element"));
    }

    /// <summary>Invariant-culture text.</summary>
    public static string Text(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(CultureInfo.InvariantCulture);
    }
}
