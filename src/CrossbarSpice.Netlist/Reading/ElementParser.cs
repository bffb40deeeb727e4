using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// Parses element cards, chosen by the (case-insensitive) first letter of the name. Passive elements and linear
/// controlled sources are read here; sources with waveforms in <see cref="SourceWaveformParser"/>, semiconductor
/// devices, switches, behavioural sources and instances in <see cref="DeviceParser"/>.
/// </summary>
internal static class ElementParser
{
    private const string Supported = "R C L V I E G F H B D M S W X";

    /// <summary>Parses the statement whose first token, already read, is <paramref name="name"/>.</summary>
    public static Element Parse(TokenCursor cursor, SpiceToken name)
    {
        var n = name.Text;
        Element element = char.ToUpperInvariant(n[0]) switch
        {
            'R' => ParseResistor(cursor, n),
            'C' => ParseCapacitor(cursor, n),
            'L' => ParseInductor(cursor, n),
            'V' => new VoltageSource(n, Node(cursor, "first", n), Node(cursor, "second", n), SourceWaveformParser.Parse(cursor, n)),
            'I' => new CurrentSource(n, Node(cursor, "first", n), Node(cursor, "second", n), SourceWaveformParser.Parse(cursor, n)),
            'E' => ParseVcvs(cursor, n),
            'G' => ParseVccs(cursor, n),
            'F' => ParseCccs(cursor, n),
            'H' => ParseCcvs(cursor, n),
            'B' => DeviceParser.ParseBehavioral(cursor, n),
            'D' => DeviceParser.ParseDiode(cursor, n),
            'M' => DeviceParser.ParseMosfet(cursor, n),
            'S' => DeviceParser.ParseVoltageSwitch(cursor, n),
            'W' => DeviceParser.ParseCurrentSwitch(cursor, n),
            'X' => DeviceParser.ParseInstance(cursor, n),
            _ => throw cursor.Error(name, $"unsupported element '{n}': the reader handles element letters {Supported}"),
        };
        cursor.End($"the element {n}");
        return element;
    }

    /// <summary>Reads a node, naming it in an error as e.g. "the second node of R1".</summary>
    public static string Node(TokenCursor cursor, string which, string element) => cursor.Word($"the {which} node of {element}");

    private static Resistor ParseResistor(TokenCursor cursor, string n)
    {
        var positive = Node(cursor, "first", n);
        var negative = Node(cursor, "second", n);
        return new Resistor(n, positive, negative, cursor.Value($"the resistance of {n}"), cursor.Parameters(n));
    }

    private static Capacitor ParseCapacitor(TokenCursor cursor, string n)
    {
        var positive = Node(cursor, "first", n);
        var negative = Node(cursor, "second", n);
        return new Capacitor(n, positive, negative, cursor.Value($"the capacitance of {n}"), cursor.Parameters(n));
    }

    private static Inductor ParseInductor(TokenCursor cursor, string n)
    {
        var positive = Node(cursor, "first", n);
        var negative = Node(cursor, "second", n);
        return new Inductor(n, positive, negative, cursor.Value($"the inductance of {n}"), cursor.Parameters(n));
    }

    private static Vcvs ParseVcvs(TokenCursor cursor, string n)
    {
        var (outPositive, outNegative, controlPositive, controlNegative) = FourNodes(cursor, n);
        return new Vcvs(n, outPositive, outNegative, controlPositive, controlNegative, cursor.Value($"the gain of {n}"));
    }

    private static Vccs ParseVccs(TokenCursor cursor, string n)
    {
        var (outPositive, outNegative, controlPositive, controlNegative) = FourNodes(cursor, n);
        return new Vccs(n, outPositive, outNegative, controlPositive, controlNegative, cursor.Value($"the transconductance of {n}"));
    }

    private static Cccs ParseCccs(TokenCursor cursor, string n)
    {
        var positive = Node(cursor, "first", n);
        var negative = Node(cursor, "second", n);
        var control = cursor.Word($"the controlling source of {n}");
        return new Cccs(n, positive, negative, control, cursor.Value($"the gain of {n}"));
    }

    private static Ccvs ParseCcvs(TokenCursor cursor, string n)
    {
        var positive = Node(cursor, "first", n);
        var negative = Node(cursor, "second", n);
        var control = cursor.Word($"the controlling source of {n}");
        return new Ccvs(n, positive, negative, control, cursor.Value($"the transresistance of {n}"));
    }

    /// <summary>Reads the four nodes of E, G and S cards.</summary>
    public static (string First, string Second, string Third, string Fourth) FourNodes(TokenCursor cursor, string n) =>
        (Node(cursor, "first", n), Node(cursor, "second", n), Node(cursor, "third", n), Node(cursor, "fourth", n));
}
