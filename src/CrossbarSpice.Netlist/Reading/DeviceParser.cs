using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Parses B, D, M, S, W and X cards (the name token has been read).</summary>
internal static class DeviceParser
{
    public static BehavioralSource ParseBehavioral(TokenCursor cursor, string n)
    {
        var positive = ElementParser.Node(cursor, "first", n);
        var negative = ElementParser.Node(cursor, "second", n);
        var kindToken = cursor.Take($"V= or I= for {n}");
        var kind = kindToken.IsKeyword("V") ? BehavioralSourceKind.Voltage
            : kindToken.IsKeyword("I") ? BehavioralSourceKind.Current
            : throw cursor.Error(kindToken, $"expected V= or I= for {n}, found '{kindToken.Text}'");
        cursor.Expect(TokenKind.Equals, $"'=' after {kindToken.Text} of {n}");
        return new BehavioralSource(n, positive, negative, kind, cursor.Rest($"the expression of {n}"));
    }

    /// <summary>Reads <c>D a k model [area]</c> or <c>[area=value]</c>.</summary>
    public static Diode ParseDiode(TokenCursor cursor, string n)
    {
        var anode = ElementParser.Node(cursor, "anode", n);
        var cathode = ElementParser.Node(cursor, "cathode", n);
        var model = Model(cursor, n);
        if (cursor.AtEnd)
        {
            return new Diode(n, anode, cathode, model);
        }

        if (cursor.Peek() is { } areaName && areaName.IsKeyword("area"))
        {
            cursor.Take("area");
            cursor.Expect(TokenKind.Equals, $"'=' after area of {n}");
        }

        return new Diode(n, anode, cathode, model, cursor.Value($"the area of {n}"));
    }

    public static Mosfet ParseMosfet(TokenCursor cursor, string n)
    {
        var drain = ElementParser.Node(cursor, "drain", n);
        var gate = ElementParser.Node(cursor, "gate", n);
        var source = ElementParser.Node(cursor, "source", n);
        var bulk = ElementParser.Node(cursor, "bulk", n);
        return new Mosfet(n, drain, gate, source, bulk, Model(cursor, n), cursor.Parameters(n));
    }

    public static VoltageSwitch ParseVoltageSwitch(TokenCursor cursor, string n)
    {
        var (positive, negative, controlPositive, controlNegative) = ElementParser.FourNodes(cursor, n);
        return new VoltageSwitch(n, positive, negative, controlPositive, controlNegative, Model(cursor, n), State(cursor));
    }

    public static CurrentSwitch ParseCurrentSwitch(TokenCursor cursor, string n)
    {
        var positive = ElementParser.Node(cursor, "first", n);
        var negative = ElementParser.Node(cursor, "second", n);
        var control = cursor.Word($"the controlling source of {n}");
        return new CurrentSwitch(n, positive, negative, control, Model(cursor, n), State(cursor));
    }

    /// <summary>Reads <c>X nodes... subcircuit [params:] [name=value ...]</c>: the last word before the parameters is the subcircuit.</summary>
    public static SubcircuitInstance ParseInstance(TokenCursor cursor, string n)
    {
        var words = new List<string>();
        while (!cursor.AtEnd && !cursor.AtParameter && !cursor.Peek()!.Value.IsKeyword("params:"))
        {
            words.Add(cursor.Word($"a node or the subcircuit name of {n}"));
        }

        if (words.Count == 0)
        {
            var next = cursor.Peek();
            throw cursor.Error(next, $"expected the subcircuit name of {n}, found {(next is { } t ? $"'{t.Text}'" : "end of line")}");
        }

        cursor.TryKeyword("params:");
        return new SubcircuitInstance(n, words[..^1], words[^1], cursor.Parameters(n));
    }

    private static string Model(TokenCursor cursor, string n) => cursor.Word($"the model name of {n}");

    private static SwitchInitialState? State(TokenCursor cursor) =>
        cursor.TryKeyword("ON") ? SwitchInitialState.On : cursor.TryKeyword("OFF") ? SwitchInitialState.Off : null;
}
