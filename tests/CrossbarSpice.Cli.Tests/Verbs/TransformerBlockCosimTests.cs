using CrossbarSpice.Cli.Tests.Support;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// The PyTorch transformer block (tests/CrossbarSpice.Import.Tests/Fixtures/onnx/transformer-block.onnx) compiled and
/// co-simulated: every level that runs saves its outputs, the wired level (unquantised, ideal wires) equals the ideal
/// one, and the characterised and spice levels compute it on the compiled matMul, softmax and layer-norm stages.
/// </summary>
public sealed class TransformerBlockCosimTests
{
    private const string Fixtures = "tests/CrossbarSpice.Import.Tests/Fixtures/onnx/";

    [Fact]
    public void Cosim_TransformerBlock_SavesEveryLevelWiredEqualsIdealAndCharacterisedRunsTheStages()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("block");
        var compile = CliRun.Start(["compile-weights", "--model", Fixtures + "transformer-block.onnx", "--device", "device-cards/ag-acarbon-ag.json",
            "--cell", "passive", "--rwire", "0", "--no-quantise", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("run");

        var run = CliRun.Start(["cosim", "--design", design, "--data", Fixtures + "transformer-block-tokens.npz", "--samples", "2",
            "--levels", "ideal,mapped,wired", "--save-outputs", "--out", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var ideal = NpyReader.Read(Path.Combine(output, "outputs", "ideal.npy"));
        var mapped = NpyReader.Read(Path.Combine(output, "outputs", "mapped.npy"));
        var wired = NpyReader.Read(Path.Combine(output, "outputs", "wired.npy"));
        Assert.Equal(2 * 4 * 8, ideal.Values.Length);
        Assert.Equal(ideal.Values.Length, mapped.Values.Length);
        var worst = ideal.Values.ToArray().Zip(wired.Values.ToArray(), (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst < 1e-6, $"wired vs ideal {worst:E2}");

        // The characterised level runs the compiled attention, softmax and layer-norm stages (one sample: their
        // benches run once, in ngspice); measured 0.22 units from wired at most on this sample, 0.26 over five (docs/transformer.md).
        var staged = CliRun.Start(["cosim", "--design", design, "--data", Fixtures + "transformer-block-tokens.npz", "--samples", "1",
            "--levels", "wired,characterised,spice", "--save-outputs", "--out", scratch.Combine("staged")]);

        Assert.True(staged.ExitCode == 0, staged.ToString());
        var characterised = NpyReader.Read(Path.Combine(scratch.Combine("staged"), "outputs", "characterised.npy")).Values.ToArray();
        var first = wired.Values.ToArray()[..characterised.Length];
        var gap = first.Zip(characterised, (a, b) => Math.Abs(a - b)).ToArray();
        Assert.True(gap.Max() < 0.35, $"characterised vs wired {gap.Max():F3} units");
        Assert.True(gap.Max() > 1e-4, "the characterised level should differ from the ideal circuits");

        // The spice level runs the same stages in ngspice. Sample 0's last token is the layer-norm group that a DC sweep
        // carried into the circuit's mirror state (every output negated, up to 8.5 units off); solved on its own it lands
        // within 0.126 units of characterised over five samples (docs/transformer.md).
        var spice = NpyReader.Read(Path.Combine(scratch.Combine("staged"), "outputs", "spice.npy")).Values.ToArray();
        var spiceGap = characterised.Zip(spice, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(spiceGap < 0.2, $"spice vs characterised {spiceGap:F3} units");
    }
}
