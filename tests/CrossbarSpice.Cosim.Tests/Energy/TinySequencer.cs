using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>
/// A generated miniature of [P0]'s sequencer (docs/sequencer.md) written as architecture JSON and CSV matrices and
/// compiled in-process with the Ti/AlOx card: image [1, 4, 6] → patch conv 2×2 stride 2 (C = 4) → permute → BiLSTM2D
/// (D = 1, tokens [2, 3]) → clamp → dense 4 → 4 relu → dense 4 → 4 → permute → GAP → head dense 4 → 2.
/// </summary>
internal static class TinySequencer
{
    /// <summary>Tokens per image (H × W), the steps of every LSTM cell.</summary>
    public const int Tokens = 6;

    /// <summary>Hidden units of each of the four cells (D).</summary>
    public const int Hidden = 1;

    /// <summary>Writes and compiles the network into <paramref name="directory"/>/<paramref name="name"/>; returns the design folder.</summary>
    public static string Compile(string directory, string name)
    {
        var source = Path.Combine(directory, name + "-source");
        Directory.CreateDirectory(source);
        var seed = 0;
        string Matrix(string file, int rows, int columns, double scale)
        {
            seed++;
            var s = seed;
            File.WriteAllText(Path.Combine(source, file), string.Concat(Enumerable.Range(0, rows).Select(r =>
                string.Join(',', Enumerable.Range(0, columns).Select(c => (scale * Math.Sin((s * 7.1) + (r * 3.3) + c)).ToString("R", CultureInfo.InvariantCulture))) + "\n")));
            return file;
        }

        string Cell(string prefix) => $$"""
            { "weightIh": "{{Matrix(prefix + "ih.csv", 4, 4, 0.8)}}", "weightHh": "{{Matrix(prefix + "hh.csv", 4, 1, 0.8)}}",
              "biasIh": "{{Matrix(prefix + "bih.csv", 1, 4, 0.2)}}", "biasHh": "{{Matrix(prefix + "bhh.csv", 1, 4, 0.2)}}" }
            """;
        var architecture = Path.Combine(source, "architecture.json");
        File.WriteAllText(architecture, $$"""
            {
              "format": "crossbarspice-architecture/1",
              "name": "{{name}}",
              "input": { "name": "image", "shape": [1, 4, 6] },
              "layers": [
                { "name": "patch", "type": "conv2d", "inChannels": 1, "outChannels": 4, "kernel": 2, "stride": 2,
                  "weight": "{{Matrix("patch.csv", 4, 4, 0.5)}}", "bias": "{{Matrix("patchb.csv", 1, 4, 0.1)}}" },
                { "name": "tokens", "type": "permute", "perm": [1, 2, 0] },
                { "name": "block1.bilstm2d", "type": "bilstm2d", "inputSize": 4, "hiddenSize": 1,
                  "vertical": { "forward": {{Cell("vf")}}, "backward": {{Cell("vb")}} },
                  "horizontal": { "forward": {{Cell("hf")}}, "backward": {{Cell("hb")}} } },
                { "name": "block1.norm", "type": "activation", "activation": { "function": "boundedLinearTanh", "slope": 1, "limit": 1 } },
                { "name": "block1.fc1", "type": "dense", "inFeatures": 4, "outFeatures": 4,
                  "weight": "{{Matrix("fc1.csv", 4, 4, 0.7)}}", "bias": "{{Matrix("fc1b.csv", 1, 4, 0.1)}}", "activation": "relu" },
                { "name": "block1.fc2", "type": "dense", "inFeatures": 4, "outFeatures": 4,
                  "weight": "{{Matrix("fc2.csv", 4, 4, 0.7)}}", "bias": "{{Matrix("fc2b.csv", 1, 4, 0.1)}}" },
                { "name": "channels", "type": "permute", "perm": [2, 0, 1] },
                { "name": "gap", "type": "globalAvgPool" },
                { "name": "head", "type": "dense", "inFeatures": 4, "outFeatures": 2,
                  "weight": "{{Matrix("head.csv", 2, 4, 0.7)}}", "bias": "{{Matrix("headb.csv", 1, 2, 0.1)}}" }
              ]
            }
            """);
        var card = RepositoryRoot.Combine("device-cards", "ti-alox-taox-pt.json");
        var network = ModelLoader.Load(architecture);
        var options = new CompileOptions { DesignName = name, Readout = ReadoutKind.Currents };
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [], ManifestFile.Of(card));
        var design = NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(card), options, inputs);
        var folder = Path.Combine(directory, name);
        CompiledDesignWriter.Write(design, folder);
        DesignNetworkCopy.Write(inputs, folder);
        return folder;
    }
}
