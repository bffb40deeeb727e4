using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Cosim;
using CrossbarSpice.Simulation.Cosim.Staged;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Simulation.Tests.Cosim;

/// <summary>LSTM cells as compiled circuit stages at the characterised and spice levels against float64.</summary>
public sealed class LstmStageTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-lstm-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor)]
    [InlineData(LstmSigmoid.General)]
    public void Probe(LstmSigmoid sigmoid)
    {
        var design = LstmDesign.Compile(Path.Combine(directory, "d"), 5, 3, 2, 1.0, 3, sigmoid);
        var stage = (LstmStage)design.Stages[0];
        var cell = stage.Cells[0];
        var random = new Random(11);
        var lanes = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 7).Select(i => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        using var spice = new SpiceEvaluator(design.Compiled.Manifest, design.Folder, new NgspiceEngine(), 400);
        using var tables = new CharacterisedEvaluator(design.Compiled.Manifest, design.Compiled.Plan, design.Folder, new NgspiceEngine());
        var fromSpice = spice.Evaluate(cell, lanes, CancellationToken.None);
        var fromTables = tables.Evaluate(cell, lanes, CancellationToken.None);
        for (var l = 0; l < lanes.Count; l++)
        {
            var (h, c) = design.Step(lanes[l][..3], lanes[l][3..5], lanes[l][5..]);
            output.WriteLine($"lane {l}: c ref {string.Join(" ", c.Select(v => v.ToString("F4")))} spice {string.Join(" ", fromSpice[l][1].Select(v => v.ToString("F4")))} tab {string.Join(" ", fromTables[l][1].Select(v => v.ToString("F4")))}");
            output.WriteLine($"        h ref {string.Join(" ", h.Select(v => v.ToString("F4")))} spice {string.Join(" ", fromSpice[l][2].Select(v => v.ToString("F4")))} tab {string.Join(" ", fromTables[l][2].Select(v => v.ToString("F4")))}");
            output.WriteLine($"        z spice {string.Join(" ", fromSpice[l][0].Select(v => v.ToString("F3")))} tab {string.Join(" ", fromTables[l][0].Select(v => v.ToString("F3")))}");
        }
    }
}
