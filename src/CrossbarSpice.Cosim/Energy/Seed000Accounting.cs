using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The energy of a design counted as [P0] Table III counts it ("the energy consumption for 1-bit computing …
/// with 0.5 V and 100 ns read voltage"): every module row once — one instance, one operation — for one 100 ns read;
/// a synapse array with every row at 0.5 V and every column at virtual ground (E = V²·ΣG·t, ideal wires); a peripheral
/// module's bench energy above its quiescent power ((mean − static power) × t, so op-amp bias currents do not count);
/// an estimated module (DAC, ADC, buffer word, one step of the design's timing generator, sample-and-hold) one
/// operation. The full accounting
/// (<see cref="EnergyReportBuilder"/>) counts every instance, every read, and the quiescent power; this one is for
/// comparing like with like, row by row, with the paper (<c>report energy --accounting seed000</c>).
/// </summary>
public static class Seed000Accounting
{
    /// <summary>[P0] Table III's read voltage, V ("with 0.5 V and 100 ns read voltage").</summary>
    public const double ReadVolts = 0.5;

    /// <summary>[P0] Table III's read time, s (same sentence).</summary>
    public const double ReadSeconds = 100e-9;

    /// <summary>The seed-style report of the design whose full report was built from the same arguments.</summary>
    /// <param name="design">Design name.</param>
    /// <param name="graph">The design's network.</param>
    /// <param name="plan">Its conductance plan (the programmed conductances are summed).</param>
    /// <param name="options">Its compile options (driver kind).</param>
    /// <param name="inputs">The inputs of the full report (periphery operation energies must be measured, not area only).</param>
    public static EnergyReport Build(string design, NetworkGraph graph, ConductancePlan plan, ManifestOptions options, EnergyReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        var rows = new List<ModuleRow>();
        var shapes = graph.InferShapes();
        var steps = graph.Layers.Where(l => CrossbarMatrix.Of(l).Count > 0).Sum(l => CrossbarReadEnergy.ReadsPerInference(l, shapes));
        var tileRows = plan.Layers.ToDictionary(l => l.Name, l => (long)l.Tiles.Sum(x => x.Block.RowCount), StringComparer.Ordinal);
        var uses = PeripheryPlan.Uses(graph, tileRows, options.Driver == DriverKind.Inverter, inputs.LstmSigmoids);
        foreach (var layer in graph.Layers)
        {
            foreach (var matrix in CrossbarMatrix.Of(layer))
            {
                var layerPlan = plan.Layers.First(l => l.Name == matrix.Name);
                var siemens = layerPlan.Tiles.Sum(t => t.Programmed.Conductances.Siemens.ToArray().Sum());
                var cells = layerPlan.Tiles.Sum(x => (long)x.Block.RowCount * x.Block.ColumnCount);
                rows.Add(One(
                    layer.Name,
                    Text($"synapse array {layerPlan.Layout.Rows}x{layerPlan.Layout.Columns}"),
                    ReadVolts * ReadVolts * siemens * ReadSeconds,
                    cells * inputs.CellSquareMeters,
                    ModuleSource.Simulated,
                    Text($"one read, every row at {ReadVolts} V: sum G = {siemens * 1e3:0.####} mS over {cells} cells, ideal wires")));
            }

            foreach (var use in uses.Where(u => u.Group == layer.Name))
            {
                var op = inputs.Periphery[use.Module];
                var dynamic = Math.Max(0, op.MeanWatts - op.StaticWatts) * ReadSeconds;
                rows.Add(One(
                    use.Group,
                    $"{use.Role}: {use.Module}",
                    dynamic,
                    op.AreaSquareMeters,
                    ModuleSource.Simulated,
                    Text($"one instance, one operation: (bench mean {op.MeanWatts * 1e3:0.####} mW - quiescent {op.StaticWatts * 1e3:0.####} mW) x {ReadSeconds * 1e9:0} ns")));
            }

            if (LayerCircuits.For(layer).HeldValuesPerStep(layer) is not null)
            {
                var hold = ParametricEstimates.SampleAndHold(inputs.VddVolts, inputs.HoldSwingVolts, inputs.FeatureMeters);
                rows.Add(One(layer.Name, hold.Module, hold.JoulesPerOperation, hold.SquareMetersPerInstance, ModuleSource.Estimate, Text($"one sample; {hold.Basis}")));
            }
        }

        foreach (var (group, model) in new[]
        {
            ("io", ParametricEstimates.InputBuffer(inputs.InputBits, inputs.FeatureMeters)),
            ("io", ParametricEstimates.Dac(inputs.InputBits, inputs.FeatureMeters)),
            ("io", ParametricEstimates.Adc(inputs.AdcBits, inputs.FeatureMeters)),
            ("control", ParametricEstimates.TimingGenerator(Math.Max(1, steps), inputs.VddVolts, inputs.FeatureMeters)),
        })
        {
            rows.Add(One(group, model.Module, model.JoulesPerOperation, model.SquareMetersPerInstance, ModuleSource.Estimate, Text($"one operation; {model.Basis}")));
        }

        return new EnergyReport
        {
            Design = design,
            Rows = rows,
            ReadSeconds = ReadSeconds,
            CardReadVolts = ReadVolts,
            InputVoltsPerUnit = ReadVolts,
            StepsPerInference = 1,
            InferencesPerSecond = 1 / ReadSeconds,
            RateBasis = Text($"seed 000: one 1-bit computation per {ReadSeconds * 1e9:0} ns"),
            InputsBasis = Text($"seed 000 accounting: every array row at {ReadVolts} V"),
            ProcessKey = inputs.ProcessKey,
        };
    }

    private static ModuleRow One(string group, string module, double joules, double area, ModuleSource source, string basis) =>
        new(group, module, 1, 1, joules, area, source, basis);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
