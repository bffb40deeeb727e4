using CrossbarSpice.Netlist;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>Chooses the op-amp subcircuit a peripheral circuit instantiates.</summary>
public static class OpAmps
{
    /// <summary>Subcircuit name of <paramref name="kind"/>.</summary>
    public static string Name(OpAmpKind kind) => kind == OpAmpKind.Cmos ? CmosOpAmp.Name : OpAmpMacromodel.Name;

    /// <summary>The definition of <paramref name="kind"/> (pins <c>inp inn out vdd vss</c>).</summary>
    public static NetlistItem Definition(OpAmpKind kind, PeripheryProcess process) =>
        kind == OpAmpKind.Cmos ? CmosOpAmp.Build(process) : OpAmpMacromodel.Build();
}
