using System.Diagnostics;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Tests.Shared;
using Xunit.Abstractions;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>
/// ONNX models (netlists/examples/onnx-cnn and onnx-mlp) truncated, bit-flipped, spliced and field-mutated, through
/// <c>compile-weights --model</c>: refused with the project's exception naming the file, or a correct result — never a
/// crash, a hang or another exception. onnx-cnn cases run every step of the command in-process (import, compile, write
/// atomically with the network copy, re-read and validate, open as a design); a few run the built CLI to check the exit
/// code and the <c>Error:</c> line. onnx-mlp (410 KB, 32 MB of netlists per compile) is mutated in its graph (nodes,
/// attributes, tensor headers, inputs and outputs) rather than its weight bytes, and checked through the import: an
/// accepted case is a validated network whose shapes infer.
/// </summary>
public sealed class OnnxFuzzTests(ITestOutputHelper output)
{
    private const string FileName = "fuzz-case.onnx";
    private static readonly byte[] Cnn = File.ReadAllBytes(RepositoryRoot.Combine("netlists", "examples", "onnx-cnn", "model.onnx"));
    private static readonly byte[] Mlp = File.ReadAllBytes(RepositoryRoot.Combine("netlists", "examples", "onnx-mlp", "model.onnx"));
    private static readonly string Card = RepositoryRoot.Combine("device-cards", "ti-alox-taox-pt.json");
    private static readonly string ProcessCard = RepositoryRoot.Combine("device-cards", "cmos-180nm.json");
    private static readonly Lazy<PeripheryProcess> Process = new(() => PeripheryProcess.Resolve(
        DeviceCardReader.Read(ProcessCard), "periphery", new PeripheryRequirements(Transistors: true, SplitSupply: true)));

    /// <summary>Cases of the in-process compile (each accepted one writes and validates a design): a third of the readers' budget.</summary>
    private static int CompileCases => Math.Max(1, FuzzSettings.Cases / 3);

    [Fact]
    public void OnnxCnn_MutatedModels_CompileAndValidateOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "onnx-cnn compile-weights",
        [Cnn],
        isText: false,
        (bytes, file) => InScratch(bytes, file, CompileWeights),
        MutateFields,
        FileName,
        CompileCases));

    [Fact]
    public void OnnxMlp_MutatedGraphs_ImportOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "onnx-mlp import",
        [Mlp],
        isText: false,
        (bytes, file) => InScratch(bytes, file, Import),
        MutateGraph,
        FileName));

    [Fact]
    public void CompileWeightsCli_MutatedModels_ExitZeroOrOneWithAnErrorLineNamingTheFile()
    {
        var cases = Math.Max(1, FuzzSettings.Cases / 25);
        var outcomes = new List<string>();
        for (var k = 0; k < cases; k++)
        {
            var seed = FuzzSettings.Seed + k;
            var bytes = new Mutator(seed).Mutate(Cnn, isText: false);
            var scratch = Directory.CreateTempSubdirectory("crossbarspice-fuzz-cli-").FullName;
            try
            {
                var model = Path.Combine(scratch, FileName);
                File.WriteAllBytes(model, bytes);
                var design = Path.Combine(scratch, "design");
                var (exit, errors) = Cli("compile-weights", "--model", model, "--device", Card, "--process", ProcessCard, "--out", design);
                var errorLines = errors.Split('\n').Where(l => l.StartsWith("Error: ", StringComparison.Ordinal)).ToList();
                var context = $"case seed {seed}: exit {exit}\n{errors}";
                Assert.True(exit is 0 or 1, context);
                Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
                if (exit == 1)
                {
                    Assert.True(errorLines.Count == 1 && errorLines[0].Contains(FileName, StringComparison.Ordinal), context);
                    Assert.False(Directory.Exists(design), context);
                }
                else
                {
                    CompiledDesignValidator.Validate(design);
                }

                outcomes.Add(exit == 0 ? "compiled" : "refused");
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        output.WriteLine($"compile-weights CLI: {cases} case(s) from seed {FuzzSettings.Seed}: {outcomes.Count(o => o == "compiled")} compiled, {outcomes.Count(o => o == "refused")} refused with exit 1 and one Error line naming the file");
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void OnnxCnn_NonFiniteWeight_RefusedNamingTheFileAndTensor(float value)
    {
        // Found by tools/fuzz.sh (seed 20261207, case 20261307): a bit flip turning a weight into NaN reached the
        // layer's constructor as an ArgumentException instead of an error naming the file.
        var graph = Onnx.ModelProto.Parser.ParseFrom(Cnn).Graph;
        var weight = graph.Initializer.First(t => t.RawData.Length >= 64);
        var bytes = (byte[])Cnn.Clone();
        var at = bytes.AsSpan().IndexOf(weight.RawData.Span) + 8;
        System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at, 4), value);

        var scratch = Directory.CreateTempSubdirectory("crossbarspice-fuzz-nan-").FullName;
        try
        {
            var model = Path.Combine(scratch, FileName);
            File.WriteAllBytes(model, bytes);

            var error = Assert.Throws<Core.Network.NetworkValidationException>(() => ModelLoader.Load(model));

            Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
            Assert.Contains($"'{weight.Name}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("non-finite", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The steps of <c>compile-weights --model</c> (CompileWeightsCommand) on <paramref name="model"/>, then the
    /// design is opened as every later verb opens it.</summary>
    private static void CompileWeights(string model)
    {
        var loaded = ModelLoader.Validate(model);
        var network = loaded.GetNetworkOrThrow();
        var inputs = new ManifestInputs(ManifestFile.Of(model), [], ManifestFile.Of(Card), ManifestFile.Of(ProcessCard));
        var options = new CompileOptions { DesignName = "design", Process = Process.Value };
        var design = NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(Card), options, inputs);
        var folder = Path.Combine(Path.GetDirectoryName(model)!, "design");
        AtomicOutput.WriteDirectory(folder, directory =>
        {
            CompiledDesignWriter.Write(design, directory);
            DesignNetworkCopy.Write(inputs, directory);
            CompiledDesignValidator.Validate(directory);
        });
        CosimDesign.Open(folder);
    }

    private static void Import(string model)
    {
        var network = ModelLoader.Validate(model).GetNetworkOrThrow();
        network.InferShapes();
    }

    private static IEnumerable<string> InScratch(byte[] bytes, string file, Action<string> run)
    {
        var scratch = Directory.CreateTempSubdirectory("crossbarspice-fuzz-onnx-").FullName;
        try
        {
            var model = Path.Combine(scratch, file);
            File.WriteAllBytes(model, bytes);
            run(model);
            return [];
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Numbers and names of the protobuf's text parts (op types, attribute and tensor names) changed.</summary>
    private static byte[] MutateFields(Mutator mutator, byte[] bytes) =>
        System.Text.Encoding.Latin1.GetBytes(mutator.MutateFields(System.Text.Encoding.Latin1.GetString(bytes)));

    /// <summary>
    /// The graph mutated, its weights kept: protobuf writes a graph's nodes before its initializers and its inputs and
    /// outputs after them, so the bytes before the first and after the last large tensor are mutated as a block.
    /// </summary>
    private static byte[] MutateGraph(Mutator mutator, byte[] model)
    {
        var (start, end) = WeightBytes(model);
        var head = model[..start];
        var tail = model[end..];
        return (head.Length + tail.Length) % 2 == 0
            ? [.. mutator.Mutate(head, isText: false), .. model[start..end], .. tail]
            : [.. head, .. model[start..end], .. MutateFields(mutator, tail)];
    }

    /// <summary>The span from the first to the end of the last raw weight tensor of the seed (≥ 1 KiB each).</summary>
    private static (int Start, int End) WeightBytes(byte[] model)
    {
        var graph = Onnx.ModelProto.Parser.ParseFrom(model).Graph;
        var spans = graph.Initializer.Where(t => t.RawData.Length >= 1024)
            .Select(t => (Start: model.AsSpan().IndexOf(t.RawData.Span), t.RawData.Length))
            .Where(s => s.Start >= 0)
            .ToList();
        return spans.Count == 0 ? (model.Length / 2, model.Length / 2) : (spans.Min(s => s.Start), spans.Max(s => s.Start + s.Length));
    }

    private static (int ExitCode, string Errors) Cli(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crossbar.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"compile-weights did not end within 2 minutes: {string.Join(' ', arguments)}");
        }

        _ = stdout.Result;
        return (process.ExitCode, errors.Result);
    }

    private void Report(string summary) => output.WriteLine(summary);
}
