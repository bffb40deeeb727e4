using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Sweeps;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>The bundled BCU ([P3]) compiled once with default options (no non-idealities, quantised to the card's 200 levels).</summary>
public sealed class BcuDesign : IDisposable
{
    private static readonly Lazy<LabelledSamples> Images = new(() => FashionMnist.LoadSamples(DatasetSplit.Test));

    /// <summary>Compiles the design into a temporary folder.</summary>
    public BcuDesign()
    {
        Root = Directory.CreateTempSubdirectory("crossbarspice-sweep-").FullName;
        var architecture = Example("architecture.json");
        var weights = Example("weights.npz");
        var cardPath = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var network = ModelLoader.Load(architecture, weights);
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [ManifestFile.Of(weights)], ManifestFile.Of(cardPath));
        var design = NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(cardPath), new CompileOptions { DesignName = "bcu" }, inputs);
        Folder = Path.Combine(Root, "bcu");
        CompiledDesignWriter.Write(design, Folder);
        DesignNetworkCopy.Write(inputs, Folder);
    }

    /// <summary>Temporary folder holding the design and the tests' run folders.</summary>
    public string Root { get; }

    /// <summary>The design folder.</summary>
    public string Folder { get; }

    /// <summary>Fashion-MNIST test split.</summary>
    public LabelledSamples Data => Images.Value;

    /// <summary>A request for this design at the mapped level.</summary>
    public SweepRequest Request(string vary, IReadOnlyList<FaultMode>? faults, int samples, long[] seeds, string output, SweepShard? shard = null) =>
        new(Folder, "fashion-mnist", "test", samples, CosimLevel.Mapped, SweepVary.Parse(vary), faults, seeds, shard, output);

    /// <summary>A fresh run folder path.</summary>
    public string Output(string name) => Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Deletes the temporary folder.</summary>
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Example(string file) => Path.Combine(Decks.RepositoryRoot, "netlists", "examples", "bcu", file);

}
