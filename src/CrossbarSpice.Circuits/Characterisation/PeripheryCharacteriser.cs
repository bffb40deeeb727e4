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

        var step = Transient(module, process, bench, simulator, factors, title, cancellationToken);
        var energy = step.Energy;

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
            SettlingSeconds = energy.SettlingSeconds,
            StaticWatts = energy.StaticWatts,
            EnergyJoules = energy.EnergyJoules,
            WindowSeconds = energy.WindowSeconds,
            StepTime = step.Time,
            StepOutput = step.Output,
            Inventory = energy.Inventory,
            AreaSquareMeters = energy.AreaSquareMeters,
            Extra = extra,
        };
    }

    /// <summary>Runs only <paramref name="module"/>'s transient step and measures one operation's energy (what the
    /// energy report needs; <see cref="Run"/> measures the same and more).</summary>
    /// <param name="module">The module.</param>
    /// <param name="process">Process resolved for it.</param>
    /// <param name="simulator">Runs the deck.</param>
    /// <param name="factors">Area assumptions; null for the defaults.</param>
    /// <param name="cancellationToken">Stops before the run.</param>
    /// <exception cref="PeripheryBenchException">The transient did not converge.</exception>
    public static OperationEnergy MeasureOperation(
        PeripheryModule module, PeripheryProcess process, IBenchSimulator simulator, AreaFactors? factors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(simulator);
        return Transient(module, process, module.Bench(process), simulator, factors ?? new AreaFactors(), $"{module.Name} on {process.Key}", cancellationToken).Energy;
    }

    /// <summary>Devices and estimated area of <paramref name="module"/> on <paramref name="process"/> (no simulation).</summary>
    public static (DeviceInventory Inventory, double AreaSquareMeters) Area(PeripheryModule module, PeripheryProcess process, AreaFactors? factors = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(process);
        factors ??= new AreaFactors();
        var bench = module.Bench(process);
        var inventory = DeviceInventory.Of(bench.Definitions, bench.DeviceUnderTest, factors, process.PmosModel);
        return (inventory, AreaEstimate.SquareMeters(inventory, factors, MacromodelStandIn(factors)));
    }

    /// <summary>Operation energy from a transient: P(t) = supply taps' delivered power + constant bias/macromodel
    /// terms + the stepped input's power, integrated (trapezoid) over [edge, edge + window].</summary>
    /// <param name="time">Time points, s.</param>
    /// <param name="supplyVolts">Voltage of each supply tap, V.</param>
    /// <param name="supplyCurrents">ngspice current of each tap (into n+), A.</param>
    /// <param name="inputWatts">Power the input delivers at each point, W.</param>
    /// <param name="constantWatts">Power not drawn through the taps, W.</param>
    /// <param name="windowSeconds">Window length after the edge, s.</param>
    /// <returns>Static power (first point) and window energy.</returns>
    public static (double StaticWatts, double Joules) Integrate(
        IReadOnlyList<double> time, IReadOnlyList<double> supplyVolts, IReadOnlyList<IReadOnlyList<double>> supplyCurrents, IReadOnlyList<double> inputWatts, double constantWatts, double windowSeconds)
    {
        ArgumentNullException.ThrowIfNull(inputWatts);
        var power = EnergyEstimate.PowerWatts(supplyVolts, supplyCurrents, constantWatts);
        var total = power.Select((p, k) => p + inputWatts[k]).ToArray();
        return (total[0], EnergyEstimate.Joules(time, total, BenchStep.EdgeSeconds, BenchStep.EdgeSeconds + windowSeconds));
    }

    /// <summary>Area charged per op-amp macromodel, m²: the estimate of the default CMOS op-amp.</summary>
    public static double MacromodelStandIn(AreaFactors factors)
    {
        var stand = new PeripheryProcess { CardName = "stand-in", VddVolts = 1.8, VssVolts = -1.8, NmosModel = "N", PmosModel = "P" };
        var inventory = DeviceInventory.Of([CmosOpAmp.Build(stand)], CmosOpAmp.Name, factors, "P");
        return AreaEstimate.SquareMeters(inventory, factors, 0);
    }

    private static (OperationEnergy Energy, IReadOnlyList<double> Time, IReadOnlyList<double> Output) Transient(
        PeripheryModule module, PeripheryProcess process, PeripheryBench bench, IBenchSimulator simulator, AreaFactors factors, string title, CancellationToken cancellationToken)
    {
        var tran = Simulate(simulator, module.Name, "tran", bench.TransientNetlist(title + ": step"), bench.TransientAnalysis(), cancellationToken);
        var time = tran["time"];
        var stepOutput = tran[$"v({bench.OutputNode})"];
        var inventory = DeviceInventory.Of(bench.Definitions, bench.DeviceUnderTest, factors, process.PmosModel);
        var constant = (inventory.BiasAmperes * (process.VddVolts - process.VssVolts)) + (inventory.MacromodelOpAmps * EnergyEstimate.MacromodelQuiescentWatts);
        var settling = StepResponse.SettlingSeconds(time, stepOutput, BenchStep.EdgeSeconds);
        var window = Math.Min(Math.Max(BenchStep.OperationSeconds, settling), bench.Step.StopSeconds - BenchStep.EdgeSeconds);
        var (staticWatts, joules) = Integrate(
            time, [.. bench.Supplies.Select(s => s.Volts)], [.. bench.Supplies.Select(s => tran[$"i({s.Source})"])], InputPower(bench, tran, time), constant, window);
        var energy = new OperationEnergy
        {
            Module = module.Name,
            ProcessKey = process.Key,
            StaticWatts = staticWatts,
            EnergyJoules = joules,
            WindowSeconds = window,
            SettlingSeconds = settling,
            Inventory = inventory,
            AreaSquareMeters = AreaEstimate.SquareMeters(inventory, factors, MacromodelStandIn(factors)),
        };
        return (energy, time, stepOutput);
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
