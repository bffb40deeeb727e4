using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// Generates the crossbar cell of a memristor card: passive (memristor row→col), 1S1M (selector row→mid, memristor
/// mid→col) or 1T1M (memristor row→mid, access transistor mid→col with its gate on <c>wl</c> and bulk on <c>col</c>).
/// </summary>
public static class CellSubcircuitGenerator
{
    /// <summary>The cell of <paramref name="card"/>; subcircuit names derive from the card name.</summary>
    public static CellCircuit Generate(MemristorCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var stem = SpiceName(card.Name);
        var memristor = MemristorSubcircuitGenerator.Generate(card, "mem_" + stem);
        var parameter = card.IvModel.IsDynamic ? "X0" : "G";
        var parameterDefault = memristor.Parameters.Single(p => p.Name == parameter);
        var passOn = new SpiceParameter(parameter, SpiceValue.Expression(parameter));
        var definitions = new List<NetlistItem>();
        var body = new List<NetlistItem>();
        string[] ports;
        double? wordLine = null;
        switch (card.Cell)
        {
            case SelectorCell selector:
                var selectorDefinition = SelectorSubcircuitGenerator.Generate(selector.Selector, "sel_" + stem);
                definitions.Add(selectorDefinition);
                body.Add(new SubcircuitInstance("xs", ["row", "mid"], selectorDefinition.Name));
                body.Add(new SubcircuitInstance(CellCircuit.MemristorInstance, ["mid", "col"], memristor.Name, [passOn]));
                ports = ["row", "col"];
                break;
            case AccessTransistorCell access:
                var transistor = access.Transistor;
                var set = transistor.Process.ModelSet(transistor.ModelLevel);
                definitions.Add(new IncludeDirective(set.LibraryPath));
                body.Add(new SubcircuitInstance(CellCircuit.MemristorInstance, ["row", "mid"], memristor.Name, [passOn]));
                body.Add(new Mosfet(
                    "ma",
                    "mid",
                    "wl",
                    "col",
                    "col",
                    transistor.Polarity == TransistorPolarity.Nmos ? set.NmosModelName : set.PmosModelName,
                    [new SpiceParameter("W", transistor.WidthMeters), new SpiceParameter("L", transistor.LengthMeters)]));
                ports = ["row", "col", "wl"];
                wordLine = transistor.GateVoltageVolts;
                break;
            default:
                body.Add(new SubcircuitInstance(CellCircuit.MemristorInstance, ["row", "col"], memristor.Name, [passOn]));
                ports = ["row", "col"];
                break;
        }

        definitions.Add(memristor);
        var cell = new SubcircuitDefinition("cell_" + stem, ports, [parameterDefault], body);
        definitions.Add(cell);
        return new CellCircuit(cell.Name, ports, definitions, parameter, wordLine);
    }

    /// <summary>A card name as a SPICE identifier: lower-case letters, digits and '_'.</summary>
    public static string SpiceName(string name) =>
        new([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
