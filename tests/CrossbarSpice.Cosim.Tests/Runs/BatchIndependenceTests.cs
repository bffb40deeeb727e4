using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Tests.Runs;

/// <summary>
/// Issue 22: a sample's circuit-level outputs must not depend on the batch it is solved in (a resumed run cuts the
/// batches elsewhere). netlists/examples/bcu-small with ideal (0 Ω) wires, passive cells, 0.2 V/unit: conv1 has 64 lanes per
/// sample, pool1 64, fc1 one, so a batch of three puts lanes of several samples into one ngspice run unless the
/// evaluator keeps them apart.
/// </summary>
public sealed class BatchIndependenceTests : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-batch-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(CosimLevel.Spice)]
    [InlineData(CosimLevel.Characterised)]
    public void Forward_SampleAloneAndInABatchOfThree_GivesTheSameBits(CosimLevel which)
    {
        var design = CosimDesign.Open(ExampleDesign.Compile(
            "bcu-small",
            Path.Combine(directory, "design"),
            new CompileOptions { DesignName = "batch", SegmentOhms = 0, Cell = CellKind.Passive, OutputVoltsPerUnit = 0.2 }));
        using var level = (IDisposable)design.Level(which);
        var batchLevel = (IBatchLevelForward)level;
        var inputs = Enumerable.Range(0, 3).Select(TestImages.Value.Pixels).ToList();

        var inBatch = batchLevel.Forward(inputs, CancellationToken.None);
        var alone = batchLevel.Forward([inputs[2]], CancellationToken.None)[0];
        var firstAgain = batchLevel.Forward([inputs[2], inputs[0]], CancellationToken.None)[0];

        for (var layer = 0; layer < alone.Count; layer++)
        {
            for (var i = 0; i < alone[layer].Length; i++)
            {
                var bits = BitConverter.DoubleToInt64Bits(alone[layer][i]);
                Assert.True(bits == BitConverter.DoubleToInt64Bits(inBatch[2][layer][i]), $"layer {layer} [{i}]: alone {alone[layer][i]:R}, third of three {inBatch[2][layer][i]:R}");
                Assert.True(bits == BitConverter.DoubleToInt64Bits(firstAgain[layer][i]), $"layer {layer} [{i}]: alone {alone[layer][i]:R}, first of two {firstAgain[layer][i]:R}");
            }
        }
    }
}
