using CrossbarSpice.Netlist;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>Chooses the op-amp subcircuit a peripheral circuit instantiates.</summary>
public static class OpAmps
{
    /// <summary>Subcircuit name of <paramref name="kind"/>.</summary>
    public static string Name(OpAmpKind kind) => kind switch
    {
        OpAmpKind.Cmos => CmosOpAmp.Name,
        OpAmpKind.CmosCascode => CascodeOpAmp.Name,
        _ => OpAmpMacromodel.Name,
    };

    /// <summary>The definition of <paramref name="kind"/> (pins <c>inp inn out vdd vss</c>).</summary>
    public static NetlistItem Definition(OpAmpKind kind, PeripheryProcess process) =>
        kind switch
        {
            OpAmpKind.Cmos => CmosOpAmp.Build(process),
            OpAmpKind.CmosCascode => CascodeOpAmp.Build(process),
            _ => OpAmpMacromodel.Build(),
        };
}
