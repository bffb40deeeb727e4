using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Periphery.Estimates;

/// <summary>
/// Devices of one subcircuit, counted through its nested instances: MOSFETs with their W·L, resistors, capacitors,
/// diodes, ideal bias current sources and behavioural op-amp macromodels (counted, not descended into).
/// </summary>
public sealed record DeviceInventory
{
    /// <summary>NMOS count.</summary>
    public int Nmos { get; init; }

    /// <summary>PMOS count.</summary>
    public int Pmos { get; init; }

    /// <summary>Σ W·(L + 2·diffusion) of all MOSFETs, m² (diffusion per <see cref="AreaFactors"/>).</summary>
    public double MosFootprintSquareMeters { get; init; }

    /// <summary>Resistor count.</summary>
    public int Resistors { get; init; }

    /// <summary>Σ resistance, Ω.</summary>
    public double TotalOhms { get; init; }

    /// <summary>Capacitor count.</summary>
    public int Capacitors { get; init; }

    /// <summary>Σ capacitance, F.</summary>
    public double TotalFarads { get; init; }

    /// <summary>Diode count.</summary>
    public int Diodes { get; init; }

    /// <summary>Ideal bias current sources (a reference the bench stands in for), count.</summary>
    public int BiasSources { get; init; }

    /// <summary>Σ bias current, A (drawn from VDD − VSS in the energy estimate).</summary>
    public double BiasAmperes { get; init; }

    /// <summary>Behavioural op-amp macromodels (<see cref="OpAmpMacromodel"/>), count.</summary>
    public int MacromodelOpAmps { get; init; }

    /// <summary>Total devices: MOSFETs + resistors + capacitors + diodes (a macromodel counts as one).</summary>
    public int DeviceCount => Nmos + Pmos + Resistors + Capacitors + Diodes + MacromodelOpAmps;

    /// <summary>Counts subcircuit <paramref name="name"/> among <paramref name="definitions"/> (nested instances included).</summary>
    /// <param name="definitions">Every definition the subcircuit may instantiate.</param>
    /// <param name="name">The subcircuit to count.</param>
    /// <param name="factors">Layout factors (diffusion extension).</param>
    /// <param name="pmosModel">Name of the PMOS model (MOSFETs of other models count as NMOS), or null.</param>
    public static DeviceInventory Of(IEnumerable<NetlistItem> definitions, string name, AreaFactors factors, string? pmosModel)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var byName = definitions.OfType<SubcircuitDefinition>().ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        return Count(byName, name, new DeviceInventory(), factors, pmosModel ?? string.Empty);
    }

    private static DeviceInventory Count(Dictionary<string, SubcircuitDefinition> byName, string name, DeviceInventory acc, AreaFactors f, string pmos)
    {
        if (string.Equals(name, OpAmpMacromodel.Name, StringComparison.OrdinalIgnoreCase))
        {
            return acc with { MacromodelOpAmps = acc.MacromodelOpAmps + 1 };
        }

        if (!byName.TryGetValue(name, out var definition))
        {
            throw new KeyNotFoundException($"subcircuit '{name}' is instantiated but not defined");
        }

        foreach (var item in definition.Items)
        {
            acc = item switch
            {
                Mosfet m when m.Model.Equals(pmos, StringComparison.OrdinalIgnoreCase) =>
                    acc with { Pmos = acc.Pmos + 1, MosFootprintSquareMeters = acc.MosFootprintSquareMeters + Footprint(m, f) },
                Mosfet m => acc with { Nmos = acc.Nmos + 1, MosFootprintSquareMeters = acc.MosFootprintSquareMeters + Footprint(m, f) },
                Resistor r => acc with { Resistors = acc.Resistors + 1, TotalOhms = acc.TotalOhms + Number(r.Resistance) },
                Capacitor c => acc with { Capacitors = acc.Capacitors + 1, TotalFarads = acc.TotalFarads + Number(c.Capacitance) },
                Diode => acc with { Diodes = acc.Diodes + 1 },
                CurrentSource i => acc with { BiasSources = acc.BiasSources + 1, BiasAmperes = acc.BiasAmperes + Math.Abs(Number(i.Waveform.Dc)) },
                SubcircuitInstance x => Count(byName, x.Subcircuit, acc, f, pmos),
                _ => acc,
            };
        }

        return acc;
    }

    private static double Footprint(Mosfet m, AreaFactors f)
    {
        var w = Parameter(m, "W");
        var l = Parameter(m, "L");
        return w * (l + (2 * f.DiffusionExtensionMeters));
    }

    private static double Parameter(Mosfet m, string name) =>
        m.Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } p ? Number(p.Value) : 0;

    private static double Number(SpiceValue value) => value.IsNumber ? value.NumberValue : 0;
}
