using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Puts the energy and area report of a compiled design together: per crossbar layer its synapse array (cells × the
/// card's cell area; read energy = mean Σ V_row·I_row × read time × reads per inference) and its periphery
/// (<see cref="PeripheryPlan"/>; operations × ngspice operation energy, instances × estimated module area); then the
/// I/O modules (input buffer and DACs before the first crossbar, ADCs after the last layer) and the timing generator
/// from <see cref="ParametricEstimates"/>, marked as estimates. An LSTM layer has one synapse array per cell, read once
/// per time step, the cell periphery of <see cref="Circuits.Layers.Lstm.LstmCellPeriphery"/> and the sample-and-hold of h and c (estimate).
/// </summary>
public static class EnergyReportBuilder
{
    /// <summary>The report of <paramref name="design"/> (<paramref name="graph"/> is its network, sequential).</summary>
    public static EnergyReport Build(string design, NetworkGraph graph, ConductancePlan plan, ManifestOptions options, EnergyReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        var shapes = graph.InferShapes();
        var energy = inputs.Crossbars is not null;
        var t = inputs.ReadSeconds;
        var rows = new List<ModuleRow>();
        var tileRows = plan.Layers.ToDictionary(l => l.Name, l => (long)l.Tiles.Sum(x => x.Block.RowCount), StringComparer.Ordinal);
        var uses = PeripheryPlan.Uses(graph, tileRows, options.Driver == DriverKind.Inverter, inputs.LstmSigmoids);
        var steps = 0L;
        foreach (var layer in graph.Layers)
        {
            var matrices = CrossbarMatrix.Of(layer);
            var reads = CrossbarReadEnergy.ReadsPerInference(layer, shapes);
            if (matrices.Count > 0)
            {
                // An LSTM layer's cells run side by side, each over its own steps: the layer takes `reads` steps.
                steps += reads;
            }

            foreach (var matrix in matrices)
            {
                var layerPlan = plan.Layers.FirstOrDefault(l => l.Name == matrix.Name)
                    ?? throw new InputException(new SourceLocation(null, Field: matrix.Name), "no crossbar of that name in the design's conductance plan (recompile the design)");
                var cells = layerPlan.Tiles.Sum(x => (long)x.Block.RowCount * x.Block.ColumnCount);
                var figures = inputs.Crossbars?.FirstOrDefault(c => c.Layer == matrix.Name);
                var part = matrix.Name == layer.Name ? string.Empty : Text($" ({matrix.Name[(layer.Name.Length + 1)..]})");
                rows.Add(new ModuleRow(
                    layer.Name,
                    Text($"synapse array {layerPlan.Layout.Rows}x{layerPlan.Layout.Columns}{part}"),
                    layerPlan.Tiles.Count,
                    reads,
                    energy ? figures!.JoulesPerInference(t) : double.NaN,
                    cells * inputs.CellSquareMeters,
                    ModuleSource.Simulated,
                    energy
                        ? Text($"{layerPlan.Tiles.Count} tile(s), {cells} cells; mean {figures!.MeanSourceWatts * 1e3:0.####} mW per read at {figures.VoltsPerUnit:0.###} V/unit over {figures.ReadsMeasured} solved reads")
                        : Text($"{layerPlan.Tiles.Count} tile(s), {cells} cells x card cell area")));
            }

            foreach (var use in uses.Where(u => u.Group == layer.Name))
            {
                var op = inputs.Periphery[use.Module];
                rows.Add(new ModuleRow(
                    use.Group,
                    $"{use.Role}: {use.Module}",
                    use.Instances,
                    use.OperationsPerInference,
                    energy ? use.OperationsPerInference * op.JoulesFor(t) : double.NaN,
                    use.Instances * op.AreaSquareMeters,
                    ModuleSource.Simulated,
                    Text($"{use.Basis}; ngspice bench {op.JoulesFor(t) * 1e12:0.###} pJ/op, {op.Inventory.DeviceCount} devices")));
            }

            if (LayerCircuits.For(layer).HeldValuesPerStep(layer) is { } held)
            {
                var hold = ParametricEstimates.SampleAndHold(inputs.VddVolts, inputs.HoldSwingVolts, inputs.FeatureMeters);
                rows.Add(Estimate(layer.Name, hold, held.Count, held.Count * reads, held.Basis));
            }
        }

        var first = graph.Layers.First(l => CrossbarMatrix.Of(l).Count > 0);
        var firstPlan = plan.Layers.First(p => p.Name == CrossbarMatrix.Of(first)[0].Name);
        var firstReads = CrossbarReadEnergy.ReadsPerInference(first, shapes);
        var conversions = (long)firstPlan.Layout.Inputs * firstReads;
        var inputElements = shapes[graph.Inputs[0].Name].ElementCount;
        var outputElements = shapes[graph.Layers[^1].Outputs[0]].ElementCount;
        var buffer = ParametricEstimates.InputBuffer(inputs.InputBits, inputs.FeatureMeters);
        var dac = ParametricEstimates.Dac(inputs.InputBits, inputs.FeatureMeters);
        var adc = ParametricEstimates.Adc(inputs.AdcBits, inputs.FeatureMeters);
        var timing = ParametricEstimates.TimingGenerator(Math.Max(1, steps), inputs.VddVolts, inputs.FeatureMeters);
        rows.Add(Estimate("io", buffer, (long)inputElements * inputs.InputBits, conversions, Text($"{inputElements} words stored, one read per DAC conversion"), perInstanceIsBit: true));
        rows.Add(Estimate("io", dac, firstPlan.Layout.Inputs, conversions, Text($"one per input row of {first.Name}, {firstReads} read(s)")));
        rows.Add(Estimate("io", adc, outputElements, outputElements, "one per network output"));
        rows.Add(Estimate("control", timing, 1, steps, Text($"{steps} read step(s) per inference")));
        rows = energy ? rows : [.. rows.Select(r => r with { JoulesPerInference = double.NaN })];

        var rate = inputs.InferencesPerSecond ?? 1 / (Math.Max(1, steps) * t);
        return new EnergyReport
        {
            Design = design,
            Rows = rows,
            ReadSeconds = t,
            CardReadVolts = inputs.CardReadVolts,
            InputVoltsPerUnit = options.InputVoltsPerUnit,
            StepsPerInference = steps,
            InferencesPerSecond = rate,
            RateBasis = inputs.InferencesPerSecond is null
                ? Text($"one inference per {steps} read step(s) x {t * 1e9:0.##} ns")
                : "given with --rate",
            InputsBasis = inputs.InputsBasis,
            ProcessKey = inputs.ProcessKey,
        };
    }

    private static ModuleRow Estimate(string group, ParametricModel model, long instances, long operations, string basis, bool perInstanceIsBit = false) => new(
        group,
        model.Module,
        instances,
        operations,
        operations * model.JoulesPerOperation,
        instances * model.SquareMetersPerInstance,
        ModuleSource.Estimate,
        $"{basis}; {model.Basis}" + (perInstanceIsBit ? " (instances = bits)" : string.Empty));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
