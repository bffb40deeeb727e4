using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>A generated 2-layer network (dense 4 → hidden, relu, dense hidden → 2) written as architecture JSON and
/// CSV matrices, compiled in-process with the Ti/AlOx card.</summary>
internal static class TinyDesign
{
    /// <summary>Writes and compiles the network into <paramref name="directory"/>/<paramref name="name"/>; returns the design folder.</summary>
    public static string Compile(string directory, string name, int hidden, double segmentOhms = 2, CellKind cell = CellKind.Passive)
    {
        var source = Path.Combine(directory, name + "-source");
        Directory.CreateDirectory(source);
        WriteMatrix(Path.Combine(source, "fc1.csv"), hidden, 4, (r, c) => Math.Sin((r * 4) + c + 1));
        WriteMatrix(Path.Combine(source, "fc1b.csv"), 1, hidden, (_, c) => 0.1 * (c - 1));
        WriteMatrix(Path.Combine(source, "fc2.csv"), 2, hidden, (r, c) => Math.Cos((r * hidden) + c));
        WriteMatrix(Path.Combine(source, "fc2b.csv"), 1, 2, (_, c) => 0.05 * c);
        var architecture = Path.Combine(source, "architecture.json");
        File.WriteAllText(architecture, string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "format": "crossbarspice-architecture/1",
              "name": "{{name}}",
              "input": { "name": "x", "shape": [4] },
              "layers": [
                { "name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": {{hidden}}, "weight": "fc1.csv", "bias": "fc1b.csv", "activation": "relu" },
                { "name": "fc2", "type": "dense", "inFeatures": {{hidden}}, "outFeatures": 2, "weight": "fc2.csv", "bias": "fc2b.csv" }
              ]
            }
            """));
        var card = RepositoryRoot.Combine("device-cards", "ti-alox-taox-pt.json");
        var network = ModelLoader.Load(architecture);
        var options = new CompileOptions { DesignName = name, SegmentOhms = segmentOhms, Cell = cell };
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [], ManifestFile.Of(card));
        var design = NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(card), options, inputs);
        var folder = Path.Combine(directory, name);
        CompiledDesignWriter.Write(design, folder);
        DesignNetworkCopy.Write(inputs, folder);
        return folder;
    }


    private static void WriteMatrix(string path, int rows, int columns, Func<int, int, double> value) =>
        File.WriteAllText(path, string.Concat(Enumerable.Range(0, rows).Select(r =>
            string.Join(',', Enumerable.Range(0, columns).Select(c => value(r, c).ToString("R", CultureInfo.InvariantCulture))) + "\n")));
}
