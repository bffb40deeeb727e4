using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Tests;

/// <summary>
/// Shared cases: one deck that uses every construct of the subset. It is physically sensible (every node has a
/// DC path to ground, every model is defined) so ngspice can run it; the include files it names are given by
/// <see cref="IncludeFiles"/>.
/// </summary>
public static class NetlistCatalog
{
    /// <summary>Relative include path used by the catalog.</summary>
    public const string IncludePath = "models/extra.inc";

    /// <summary>Relative library path used by the catalog.</summary>
    public const string LibPath = "models/corners.lib";

    /// <summary>Files the catalog's <c>.include</c> and <c>.lib</c> need, relative path to content.</summary>
    public static IReadOnlyDictionary<string, string> IncludeFiles { get; } = new Dictionary<string, string>
    {
        [IncludePath] = "* extra models\n.model dinc d (is=1e-14)\n",
        [LibPath] = "* corner library\n.lib tt\n.model dlib d (is=2e-14)\n.endl tt\n",
    };

    /// <summary>Doubles whose shortest round-trip text is long or extreme, to check exact read-back.</summary>
    public static IReadOnlyList<double> AwkwardNumbers { get; } =
        [0.1 + 0.2, 1.0 / 3.0, 2.2e-6, 1e-300, 123456789.12345678, -4.9406564584124654E-324, 6.02214076e23];

    /// <summary>The catalog deck, with <c>.op</c>, a nested <c>.dc</c>, <c>.tran</c> and a <c>.meas</c>.</summary>
    public static SpiceNetlist Everything() => new("CrossbarSpice catalog: every construct of the netlist subset", Items());

    private static IEnumerable<NetlistItem> Items()
    {
        yield return new Comment("provenance: CrossbarSpice.Netlist.Tests catalog");
        yield return new Comment(string.Empty);
        yield return new OptionsDirective([new SpiceOption("reltol", 1e-4), new SpiceOption("method", SpiceValue.Expression("gear")), new SpiceOption("noacct")]);
        yield return new ParamDirective([new SpiceParameter("rval", 1000), new SpiceParameter("half", SpiceValue.Expression("rval/2"))]);
        yield return new ParamDirective([.. AwkwardNumbers.Select((value, index) => new SpiceParameter($"awk{index}", value))]);
        yield return new IncludeDirective(IncludePath);
        yield return new LibDirective(LibPath, "tt");
        yield return new ModelCard("dmod", "d", [new SpiceParameter("is", 1e-14), new SpiceParameter("n", 1.05), new SpiceParameter("rs", 10)]);
        yield return new ModelCard("nch", "nmos", [new SpiceParameter("level", 1), new SpiceParameter("vto", 0.42), new SpiceParameter("kp", 160e-6)]);
        yield return new ModelCard("pch", "pmos", [new SpiceParameter("level", 1), new SpiceParameter("vto", -0.41), new SpiceParameter("kp", 47e-6)]);
        yield return new ModelCard("swmod", "sw", [new SpiceParameter("vt", 0.5), new SpiceParameter("vh", 0.1), new SpiceParameter("ron", 1), new SpiceParameter("roff", 1e6)]);
        yield return new ModelCard("cswmod", "csw", [new SpiceParameter("it", 1e-3), new SpiceParameter("ih", 1e-4), new SpiceParameter("ron", 1), new SpiceParameter("roff", 1e6)]);
        yield return Divider();
        yield return new VoltageSource("VDD", "vdd", "0", 1.8);
        yield return new VoltageSource("VIN", "in", "0", new SourceWaveform(0.5, 1, new SineWaveform(0.5, 0.1, 1e6)));
        yield return new VoltageSource("VP", "p", "0", new SourceWaveform(0, null, new PulseWaveform(0, 1.8, 1e-9, 1e-10, 1e-10, 5e-9, 1e-8)));
        yield return new CurrentSource("IPWL", "0", "pwl", new SourceWaveform(0, null, new PwlWaveform([new PwlPoint(0, 0), new PwlPoint(1e-6, 1e-3), new PwlPoint(2e-6, 5e-4)])));
        yield return new Resistor("RPWL", "pwl", "0", 1000);
        yield return new Resistor("R1", "in", "mid", SpiceValue.Expression("rval"), [new SpiceParameter("m", 1)]);
        yield return new Capacitor("C1", "mid", "0", 1e-12, [new SpiceParameter("ic", 0.5)]);
        yield return new Inductor("L1", "mid", "lnode", 1e-9, [new SpiceParameter("ic", 0)]);
        yield return new Resistor("RL", "lnode", "0", SpiceValue.Expression("{half*2}"));
        yield return new Vcvs("E1", "eout", "0", "mid", "0", 2);
        yield return new Resistor("RE", "eout", "0", 1000);
        yield return new Vccs("G1", "0", "gout", "mid", "0", 1e-3);
        yield return new Resistor("RG", "gout", "0", 1000);
        yield return new Resistor("RS", "mid", "sns", 1000);
        yield return new VoltageSource("VSENSE", "sns", "0", 0);
        yield return new Cccs("F1", "0", "fout", "VSENSE", 2);
        yield return new Resistor("RF", "fout", "0", 1000);
        yield return new Ccvs("H1", "hout", "0", "VSENSE", 1000);
        yield return new Resistor("RH", "hout", "0", 1000);
        yield return new BehavioralSource("B1", "bout", "0", BehavioralSourceKind.Voltage, "v(mid)*2+0.1");
        yield return new Resistor("RB", "bout", "0", 1000);
        yield return new BehavioralSource("B2", "0", "bi", BehavioralSourceKind.Current, "v(mid)*1e-3");
        yield return new Resistor("RBI", "bi", "0", 1000);
        yield return new Diode("D1", "vdd", "dn1", "dmod", 2);
        yield return new Resistor("RD1", "dn1", "0", 1e4);
        yield return new Diode("D2", "vdd", "dn2", "dinc");
        yield return new Resistor("RD2", "dn2", "0", 1e4);
        yield return new Diode("D3", "vdd", "dn3", "dlib");
        yield return new Resistor("RD3", "dn3", "0", 1e4);
        yield return new Mosfet("M1", "drn", "in", "0", "0", "nch", [new SpiceParameter("W", 1e-6), new SpiceParameter("L", 1.8e-7), new SpiceParameter("M", 2)]);
        yield return new Resistor("RDN", "vdd", "drn", 1e4);
        yield return new Mosfet("M2", "drp", "in", "vdd", "vdd", "pch", [new SpiceParameter("W", 2e-6), new SpiceParameter("L", 1.8e-7)]);
        yield return new Resistor("RDP", "drp", "0", 1e4);
        yield return new VoltageSwitch("S1", "vdd", "sout", "p", "0", "swmod", SwitchInitialState.Off);
        yield return new Resistor("RSO", "sout", "0", 1000);
        yield return new CurrentSwitch("W1", "vdd", "wout", "VSENSE", "cswmod", SwitchInitialState.On);
        yield return new Resistor("RWO", "wout", "0", 1000);
        yield return new SubcircuitInstance("XDIV", ["vdd", "xout", "0"], "divider", [new SpiceParameter("ratio", 0.25)]);
        yield return new SubcircuitInstance("XDIV2", ["vdd", "xout2", "0"], "divider");
        yield return new OpAnalysis();
        yield return new DcAnalysis(new DcSweep("VIN", 0, 1, 0.1), new DcSweep("VDD", 1.7, 1.9, 0.1));
        yield return new TranAnalysis(1e-9, 1e-7, 0, 1e-10, UseInitialConditions: true);
        yield return new MeasureDirective("tran", "vavg", "AVG v(mid) FROM=1e-8 TO=9e-8");
    }

    private static SubcircuitDefinition Divider() => new(
        "divider",
        ["top", "out", "gnd"],
        [new SpiceParameter("ratio", 0.5), new SpiceParameter("rtot", 1e4)],
        [
            new Comment("a resistive divider with a nested subcircuit"),
            new ParamDirective([new SpiceParameter("rlow", SpiceValue.Expression("rtot*ratio"))]),
            new Resistor("RTOP", "top", "out", SpiceValue.Expression("rtot*(1-ratio)")),
            new Resistor("RBOT", "out", "gnd", SpiceValue.Expression("rlow")),
            new SubcircuitDefinition("load", ["a", "b"], [new Resistor("RLOAD", "a", "b", 1e6)]),
            new SubcircuitInstance("XLOAD", ["out", "gnd"], "load"),
            new IncludeDirective(IncludePath),
        ]);
}
