using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;

using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Support;

/// <summary>Compiles a bundled example network (netlists/examples/&lt;name&gt;) in-process for the tests.</summary>
internal static class ExampleDesign
{
    private static readonly Lazy<PeripheryProcess> CmosProcess = new(() => PeripheryProcess.Resolve(
        DeviceCardReader.Read(Path.Combine(Decks.RepositoryRoot, "device-cards", "cmos-180nm.json")),
        "periphery",
        new PeripheryRequirements(Transistors: true, SplitSupply: true)));

    /// <summary>The CMOS process of the periphery (device-cards/cmos-180nm.json, BSIM3).</summary>
    public static PeripheryProcess Process => CmosProcess.Value;

    /// <summary>Path of <paramref name="file"/> of example <paramref name="example"/>.</summary>
    public static string File(string example, string file) => Path.Combine(Decks.RepositoryRoot, "netlists", "examples", example, file);

    /// <summary>Compiles <paramref name="example"/> on the Ti/AlOx card with <paramref name="options"/> (the process filled in) into <paramref name="folder"/>.</summary>
    public static string Compile(string example, string folder, CompileOptions options)
    {
        var cardPath = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var network = ModelLoader.Load(File(example, "architecture.json"), File(example, "weights.npz"));
        var inputs = new ManifestInputs(ManifestFile.Of(File(example, "architecture.json")), [ManifestFile.Of(File(example, "weights.npz"))], ManifestFile.Of(cardPath));
        var design = NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(cardPath), options with { Process = options.Process ?? Process }, inputs);
        CompiledDesignWriter.Write(design, folder);
        DesignNetworkCopy.Write(inputs, folder);
        return folder;
    }

}
