using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using static CrossbarSpice.Circuits.Devices.Expr;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>Turns a selector card into a two-port subcircuit <c>name p n</c> (static, symmetric; docs/circuits.md §10.4).</summary>
public static class SelectorSubcircuitGenerator
{
    /// <summary>The subcircuit of <paramref name="selector"/>.</summary>
    public static SubcircuitDefinition Generate(SelectorCard selector, string name)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var expression = selector switch
        {
            ThresholdSelectorCard t =>
                $"V(p,n) * ( {N(t.OffConductanceSiemens)} + {N(t.OnConductanceSiemens - t.OffConductanceSiemens)}/(1+exp(-(abs(V(p,n))-{N(t.ThresholdVolts)})/{N(t.SmoothingVolts)})) )",
            SinhSelectorCard s => $"{N(s.SaturationCurrentAmperes)}*sinh(V(p,n)/{N(s.CharacteristicVoltageVolts)})",
            _ => throw new ArgumentException($"unsupported selector {selector.Kind}", nameof(selector)),
        };
        return new SubcircuitDefinition(name, ["p", "n"], [new BehavioralSource("Bs", "p", "n", BehavioralSourceKind.Current, expression)]);
    }
}
