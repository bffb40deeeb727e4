using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Devices;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Energy per operation of peripheral modules on one process card, from each module's ngspice bench transient
/// (<see cref="PeripheryCharacteriser.MeasureOperation"/>), cached on disk: one small CSV per module, named after the
/// SHA-256 of the transient deck and the transistor model library, so a changed circuit, card or model is measured
/// anew and an unchanged one is read back (a report then takes seconds).
/// </summary>
public sealed class PeripheryEnergyLibrary
{
    private readonly DeviceCard card;
    private readonly TransistorModelLevel? level;
    private readonly string? cacheDirectory;

    /// <summary>Library on <paramref name="processCard"/> (a process card) at model <paramref name="level"/> (null: the
    /// card's default), caching in <paramref name="cacheDirectory"/> (null: no cache).</summary>
    public PeripheryEnergyLibrary(DeviceCard processCard, TransistorModelLevel? level, string? cacheDirectory)
    {
        card = processCard ?? throw new ArgumentNullException(nameof(processCard));
        this.level = level;
        this.cacheDirectory = cacheDirectory;
    }

    /// <summary>Modules measured in ngspice by the last <see cref="Measure"/> (the rest came from the cache).</summary>
    public IReadOnlyList<string> Simulated { get; private set; } = [];

    /// <summary>The process a module runs on.</summary>
    /// <exception cref="PeripheryCardException">The card cannot serve the module.</exception>
    public PeripheryProcess ProcessFor(PeripheryModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return PeripheryProcess.Resolve(card, module.Name, module.Requirements, level);
    }

    /// <summary>Operation energy of each of <paramref name="modules"/>, measured in parallel where not cached.</summary>
    /// <param name="modules">Modules (distinct).</param>
    /// <param name="simulator">Runs the benches.</param>
    /// <param name="maxParallel">Concurrent ngspice runs, ≥ 1.</param>
    /// <param name="cancellationToken">Stops between modules.</param>
    /// <exception cref="PeripheryBenchException">A bench did not converge.</exception>
    public IReadOnlyDictionary<string, OperationEnergy> Measure(
        IReadOnlyList<PeripheryModule> modules, IBenchSimulator simulator, int maxParallel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(simulator);
        var results = new OperationEnergy[modules.Count];
        var simulated = new bool[modules.Count];
        Parallel.For(0, modules.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, maxParallel) }, k =>
        {
            var process = ProcessFor(modules[k]);
            var path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, $"{modules[k].Name}_{process.Key}_{Key(modules[k], process)}.csv");
            if (path is not null && TryRead(path, modules[k], process) is { } cached)
            {
                results[k] = cached;
                return;
            }

            results[k] = PeripheryCharacteriser.MeasureOperation(modules[k], process, simulator, null, cancellationToken);
            simulated[k] = true;
            if (path is not null)
            {
                AtomicOutput.WriteText(path, Format(results[k]));
            }
        });
        Simulated = [.. modules.Where((_, k) => simulated[k]).Select(m => m.Name)];
        return modules.Select((m, k) => (m.Name, results[k])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>Devices and area of each of <paramref name="modules"/> without simulating (energies are NaN): what an
    /// area-only report needs.</summary>
    public IReadOnlyDictionary<string, OperationEnergy> AreaOnly(IReadOnlyList<PeripheryModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        return modules.ToDictionary(
            m => m.Name,
            m =>
            {
                var process = ProcessFor(m);
                var (inventory, area) = PeripheryCharacteriser.Area(m, process);
                return new OperationEnergy
                {
                    Module = m.Name,
                    ProcessKey = process.Key,
                    StaticWatts = double.NaN,
                    EnergyJoules = double.NaN,
                    WindowSeconds = double.NaN,
                    SettlingSeconds = double.NaN,
                    Inventory = inventory,
                    AreaSquareMeters = area,
                };
            },
            StringComparer.Ordinal);
    }

    private const string Header = "module,process,static_W,energy_J,window_s,settling_s";

    private static string Key(PeripheryModule module, PeripheryProcess process)
    {
        var bench = module.Bench(process);
        var deck = SpiceNetlistWriter.Write(bench.TransientNetlist(module.Name).WithAnalyses([bench.TransientAnalysis()]));
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(deck));
        if (process.ModelLibraryPath is { } library && File.Exists(library))
        {
            bytes.AddRange(File.ReadAllBytes(library));
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()))[..16];
    }

    private static string Format(OperationEnergy e) =>
        $"{Header}\n{e.Module},{e.ProcessKey},{InvariantNumber.Format(e.StaticWatts)},{InvariantNumber.Format(e.EnergyJoules)},{InvariantNumber.Format(e.WindowSeconds)},{InvariantNumber.Format(e.SettlingSeconds)}\n";

    private static OperationEnergy? TryRead(string path, PeripheryModule module, PeripheryProcess process)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        // A cache entry that is not exactly the header and one record is stale or damaged: measured again, not an error.
        IReadOnlyList<Core.Formatting.CsvRow> rows;
        try
        {
            rows = Core.Formatting.CsvRows.ReadFile(path);
        }
        catch (Core.Diagnostics.InputException)
        {
            return null;
        }

        var cells = rows.Count == 2 && string.Join(',', rows[0].Fields) == Header ? rows[1].Fields : [];
        double[] values = new double[4];
        if (cells.Count != 6 || cells[0] != module.Name || cells[1] != process.Key
            || !Enumerable.Range(0, 4).All(k => double.TryParse(cells[k + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out values[k])))
        {
            return null;
        }

        var (inventory, area) = PeripheryCharacteriser.Area(module, process);
        return new OperationEnergy
        {
            Module = module.Name,
            ProcessKey = process.Key,
            StaticWatts = values[0],
            EnergyJoules = values[1],
            WindowSeconds = values[2],
            SettlingSeconds = values[3],
            Inventory = inventory,
            AreaSquareMeters = area,
        };
    }
}
