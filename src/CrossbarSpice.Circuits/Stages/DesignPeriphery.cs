using System.Text;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// The design's shared periphery library <c>lib/periphery.sub</c>: the op-amp macromodel and differential readout
/// every crossbar deck uses, and — when the design has element-wise or pooling stages — the process's transistor
/// models (copied into <c>lib/models/</c>), the CMOS op-amp, the diode model and each stage circuit.
/// </summary>
public static class DesignPeriphery
{
    /// <summary>Relative path of the library from the design root.</summary>
    public const string LibraryPath = "lib/periphery.sub";

    /// <summary>True when a stage of <paramref name="stages"/> needs transistor-level periphery (and so a process).</summary>
    public static bool NeedsProcess(IEnumerable<CircuitStage> stages) =>
        stages.Any(s => s.NeedsProcess);

    /// <summary>The library files (path relative to the design root → text).</summary>
    /// <param name="stages">The design's stages.</param>
    /// <param name="process">The CMOS process; required when <see cref="NeedsProcess"/>.</param>
    public static IReadOnlyDictionary<string, string> Files(IReadOnlyList<CircuitStage> stages, PeripheryProcess? process)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("* CrossbarSpice periphery: op-amp macromodel (circuits.md 9.1) and differential readout (7.6)\n");
        text.Append(SpiceNetlistWriter.WriteItem(OpAmpMacromodel.Build()));
        text.Append(SpiceNetlistWriter.WriteItem(DifferentialReadout.Build(feedbackOhms: 1000)));
        if (NeedsProcess(stages))
        {
            var p = process ?? throw new ArgumentException("the design's periphery circuits need a CMOS process", nameof(process));
            text.Append($"* stage circuits on process {p.CardName} (CMOS op-amp circuits.md 9.2; its cascoded variant for the inverting circuits, docs/periphery.md)\n");
            if (p.ModelLibraryPath is { } models)
            {
                var modelFile = $"lib/models/{Path.GetFileName(models)}";
                files[modelFile] = File.ReadAllText(models).ReplaceLineEndings("\n");
                text.Append(SpiceNetlistWriter.WriteItem(new IncludeDirective($"models/{Path.GetFileName(models)}")));
            }

            text.Append(SpiceNetlistWriter.WriteItem(CmosOpAmp.Build(p)));
            text.Append(SpiceNetlistWriter.WriteItem(CascodeOpAmp.Build(p)));
            text.Append(SpiceNetlistWriter.WriteItem(DiodeModels.Switching()));
            // One definition per subcircuit name across the stage circuits and the LSTM cells: a design with an LSTM
            // and a residual add needs the adder once; two different circuits under one name would make ngspice
            // instantiate whichever it read last, so that is refused instead.
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var definition in Definitions(stages, p).Concat(LstmCellNetlist.Definitions(stages, p)))
            {
                var item = SpiceNetlistWriter.WriteItem(definition);
                if (written.TryGetValue(definition.Name, out var earlier))
                {
                    if (earlier != item)
                    {
                        throw new CrossbarSpiceException($"two different periphery circuits are named '{definition.Name}' in {LibraryPath}; the design's stages disagree on its parameters");
                    }

                    continue;
                }

                written.Add(definition.Name, item);
                text.Append(item);
            }
        }

        files[LibraryPath] = text.ToString();
        return files;
    }

    private static IEnumerable<SubcircuitDefinition> Definitions(IReadOnlyList<CircuitStage> stages, PeripheryProcess process)
    {
        foreach (var stage in stages)
        {
            var definitions = stage.Definitions(process);
            foreach (var definition in definitions)
            {
                yield return definition;
            }
        }
    }
}
