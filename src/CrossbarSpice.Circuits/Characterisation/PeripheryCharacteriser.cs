using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Circuits.Periphery.Estimates;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// Runs a module's bench (DC transfer, transient step, auxiliary benches) and measures it against its ideal
/// function: errors over the useful range, the compiler's scale factor, settling, static power, energy per
/// operation, devices and area.
/// </summary>
public static class PeripheryCharacteriser
{
    /// <summary>Characterises <paramref name="module"/> on <paramref name="process"/>.</summary>
    /// <param name="module">The module.</param>
    /// <param name="process">Process resolved for it (<see cref="PeripheryProcess.Resolve"/>).</param>
    /// <param name="simulator">Runs the decks.</param>
    /// <param name="coarse">Coarse sweeps (tests) instead of fine ones.</param>
    /// <param name="factors">Area assumptions; null for the defaults.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    /// <exception cref="PeripheryBenchException">A bench did not converge; carries ngspice's message and operating point.</exception>
    public static CharacterisationResult Run(
        PeripheryModule module, PeripheryProcess process, IBenchSimulator simulator, bool coarse, AreaFactors? factors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(simulator);
        factors ??= new AreaFactors();
        var bench = module.Bench(process);
        var title = $"{module.Name} on {process.Key}";

        var dc = Simulate(simulator, module.Name, "dc", bench.DcNetlist(title + ": DC transfer"), bench.DcAnalysis(coarse), cancellationToken);
        var x = dc[bench.Sweep.Source.ToLowerInvariant()];
        var y = bench.OuterNode is null ? null : dc[$"v({bench.OuterNode})"];
        var output = dc[$"v({bench.OutputNode})"];
        var inRange = Enumerable.Range(0, x.Count).Select(k => bench.InRange(x[k], y?[k] ?? 0)).ToArray();
        double MaxError(double s) => Enumerable.Range(0, x.Count).Where(k => inRange[k]).Max(k => Math.Abs(output[k] - bench.Ideal(x[k], y?[k] ?? 0, s)));
        var scale = bench.Scale.Fitted ? ScaleFit.Minimise(MaxError, bench.Scale.Min, bench.Scale.Max) : bench.Scale.Nominal;
        var ideal = Enumerable.Range(0, x.Count).Select(k => bench.Ideal(x[k], y?[k] ?? 0, scale)).ToArray();
        var errors = Enumerable.Range(0, x.Count).Where(k => inRange[k]).Select(k => output[k] - ideal[k]).ToArray();

        var tran = Simulate(simulator, module.Name, "tran", bench.TransientNetlist(title + ": step"), bench.TransientAnalysis(), cancellationToken);
        var time = tran["time"];
        var stepOutput = tran[$"v({bench.OutputNode})"];
        var inventory = DeviceInventory.Of(bench.Definitions, bench.DeviceUnderTest, factors, process.PmosModel);
        var constant = (inventory.BiasAmperes * (process.VddVolts - process.VssVolts)) + (inventory.MacromodelOpAmps * EnergyEstimate.MacromodelQuiescentWatts);
        var power = EnergyEstimate.PowerWatts(
            [.. bench.Supplies.Select(s => s.Volts)],
            [.. bench.Supplies.Select(s => tran[$"i({s.Source})"])],
            constant);
        var inputPower = InputPower(bench, tran, time);
        var total = power.Select((p, k) => p + inputPower[k]).ToArray();
        var settling = StepResponse.SettlingSeconds(time, stepOutput, BenchStep.EdgeSeconds);
        var window = Math.Min(Math.Max(BenchStep.OperationSeconds, settling), bench.Step.StopSeconds - BenchStep.EdgeSeconds);

        var extra = new List<(string, string, double)>();
        foreach (var aux in module.Auxiliary(process, coarse))
        {
            var vectors = Simulate(simulator, module.Name, aux.Name, aux.Netlist, aux.Analysis, cancellationToken);
            extra.Add((aux.Name, aux.Unit, aux.Evaluate(vectors)));
        }

        return new CharacterisationResult
        {
            Module = module,
            ProcessKey = process.Key,
            RangeText = bench.RangeText,
            Input = x,
            SecondInput = y,
            Output = output,
            Ideal = ideal,
            InRange = inRange,
            Scale = bench.Scale,
            ScaleValue = scale,
            MaxErrorVolts = errors.Max(Math.Abs),
            RmsErrorVolts = Math.Sqrt(errors.Average(e => e * e)),
            SettlingSeconds = settling,
            StaticWatts = total[0],
            EnergyJoules = EnergyEstimate.Joules(time, total, BenchStep.EdgeSeconds, BenchStep.EdgeSeconds + window),
            WindowSeconds = window,
            StepTime = time,
            StepOutput = stepOutput,
            Inventory = inventory,
            AreaSquareMeters = AreaEstimate.SquareMeters(inventory, factors, MacromodelStandIn(factors)),
            Extra = extra,
        };
    }

    /// <summary>Area charged per op-amp macromodel, m²: the estimate of the default CMOS op-amp.</summary>
    public static double MacromodelStandIn(AreaFactors factors)
    {
        var stand = new PeripheryProcess { CardName = "stand-in", VddVolts = 1.8, VssVolts = -1.8, NmosModel = "N", PmosModel = "P" };
        var inventory = DeviceInventory.Of([CmosOpAmp.Build(stand)], CmosOpAmp.Name, factors, "P");
        return AreaEstimate.SquareMeters(inventory, factors, 0);
    }

    // Power the stepped input delivers into the module, W: −v·i for a voltage source, v·I for a current pushed into the node.
    private static double[] InputPower(PeripheryBench bench, BenchVectors tran, IReadOnlyList<double> time)
    {
        var v = tran[$"v({bench.InputNode})"];
        if (bench.InputKind == BenchInputKind.Voltage)
        {
            var i = tran[$"i({bench.Sweep.Source.ToLowerInvariant()})"];
            return [.. v.Select((volts, k) => -volts * i[k])];
        }

        return [.. v.Select((volts, k) => volts * bench.Step.InputAt(time[k]))];
    }

    private static BenchVectors Simulate(IBenchSimulator simulator, string module, string analysis, SpiceNetlist netlist, AnalysisCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return simulator.Run(netlist, command, cancellationToken);
        }
        catch (BenchSimulationException exception)
        {
            throw new PeripheryBenchException(module, analysis, exception.SimulatorMessage, OperatingPointDump.Parse(exception.Log), exception);
        }
    }
}
