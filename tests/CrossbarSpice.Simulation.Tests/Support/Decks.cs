using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Simulation.Tests.Support;

/// <summary>Small netlists shared by the engine tests.</summary>
internal static class Decks
{
    /// <summary>Repository root (the folder holding CrossbarSpice.sln).</summary>
    public static string RepositoryRoot => CrossbarSpice.Tests.Shared.RepositoryRoot.Path;

    /// <summary>A bundled example netlist under netlists/examples/.</summary>
    public static SpiceNetlist Example(string fileName) =>
        SpiceNetlistReader.ReadFile(Path.Combine(RepositoryRoot, "netlists", "examples", fileName));

    /// <summary>Parses SPICE text given in a test.</summary>
    public static SpiceNetlist Parse(string text) => SpiceNetlistReader.Read(text, "(test deck)");

    /// <summary>A voltage divider whose output is <paramref name="top"/> and <paramref name="bottom"/> ohms.</summary>
    public static SpiceNetlist Divider(double volts, double top, double bottom) => Parse(
        $"divider\nV1 in 0 DC {volts.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n" +
        $"R1 in out {top.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n" +
        $"R2 out 0 {bottom.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n.op\n.end\n");
}
