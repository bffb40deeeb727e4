using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Turns ngspice's vector names and type codes into canonical names: v(node), i(source), time.</summary>
internal static class NgspiceVectorNames
{
    // Type codes of ngspice's enum simvar_type (sim.h).
    private const int TypeTime = 1;
    private const int TypeVoltage = 3;
    private const int TypeCurrent = 4;

    /// <summary>Builds a vector with its canonical lower-case name.</summary>
    public static SimulationVector ToVector(string ngspiceName, int type, double[] values)
    {
        var name = ngspiceName.ToLowerInvariant();
        if (name.EndsWith("#branch", StringComparison.Ordinal))
        {
            return new SimulationVector($"i({name[..^"#branch".Length]})", VectorQuantity.Current, values);
        }

        if (name == "time" || type == TypeTime)
        {
            return new SimulationVector("time", VectorQuantity.Time, values);
        }

        if (name is "v-sweep" or "i-sweep" or "temp-sweep" or "res-sweep")
        {
            return new SimulationVector(name, VectorQuantity.Sweep, values);
        }

        if (name.StartsWith("v(", StringComparison.Ordinal) || name.StartsWith("i(", StringComparison.Ordinal))
        {
            return new SimulationVector(name, name[0] == 'v' ? VectorQuantity.Voltage : VectorQuantity.Current, values);
        }

        return type switch
        {
            TypeVoltage when !name.Contains('[', StringComparison.Ordinal) => new SimulationVector($"v({name})", VectorQuantity.Voltage, values),
            TypeCurrent when !name.Contains('[', StringComparison.Ordinal) => new SimulationVector($"i({name})", VectorQuantity.Current, values),
            _ => new SimulationVector(name, VectorQuantity.Other, values),
        };
    }
}
