using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>Writes element cards, one line each.</summary>
internal static class ElementWriter
{
    public static string Write(Element element)
    {
        var kind = element.GetType().Name;
        WritableText.CheckElementName(element.Name, element.Letter, kind);
        var line = new StatementBuilder(element.Name, $"{kind} '{element.Name}'");
        switch (element)
        {
            case Resistor r:
                line.Name(r.NodePositive, "node").Name(r.NodeNegative, "node").Value(r.Resistance).Parameters(r.Parameters);
                break;
            case Capacitor c:
                line.Name(c.NodePositive, "node").Name(c.NodeNegative, "node").Value(c.Capacitance).Parameters(c.Parameters);
                break;
            case Inductor l:
                line.Name(l.NodePositive, "node").Name(l.NodeNegative, "node").Value(l.Inductance).Parameters(l.Parameters);
                break;
            case VoltageSource v:
                WaveformWriter.Write(line.Name(v.NodePositive, "node").Name(v.NodeNegative, "node"), v.Waveform);
                break;
            case CurrentSource i:
                WaveformWriter.Write(line.Name(i.NodePositive, "node").Name(i.NodeNegative, "node"), i.Waveform);
                break;
            case Vcvs e:
                line.Names([e.OutPositive, e.OutNegative, e.ControlPositive, e.ControlNegative], "node").Value(e.Gain);
                break;
            case Vccs g:
                line.Names([g.OutPositive, g.OutNegative, g.ControlPositive, g.ControlNegative], "node").Value(g.Gain);
                break;
            case Cccs f:
                line.Names([f.OutPositive, f.OutNegative], "node").Name(f.ControllingSource, "controlling source").Value(f.Gain);
                break;
            case Ccvs h:
                line.Names([h.OutPositive, h.OutNegative], "node").Name(h.ControllingSource, "controlling source").Value(h.Gain);
                break;
            case BehavioralSource b:
                WritableText.CheckLine(b.Expression, "expression", $"{kind} '{b.Name}'");
                line.Names([b.NodePositive, b.NodeNegative], "node")
                    .Raw(b.Kind == BehavioralSourceKind.Voltage ? "V=" : "I=").Append(b.Expression);
                break;
            case Diode d:
                line.Names([d.Anode, d.Cathode], "node").Name(d.Model, "model");
                if (d.Area is { } area)
                {
                    line.Raw("area=").Append(area.ToString());
                }

                break;
            case Mosfet m:
                line.Names([m.Drain, m.Gate, m.Source, m.Bulk], "node").Name(m.Model, "model").Parameters(m.Parameters);
                break;
            case VoltageSwitch s:
                line.Names([s.NodePositive, s.NodeNegative, s.ControlPositive, s.ControlNegative], "node").Name(s.Model, "model");
                WriteState(line, s.InitialState);
                break;
            case CurrentSwitch w:
                line.Names([w.NodePositive, w.NodeNegative], "node").Name(w.ControllingSource, "controlling source").Name(w.Model, "model");
                WriteState(line, w.InitialState);
                break;
            case SubcircuitInstance x:
                line.Names(x.Nodes, "node").Name(x.Subcircuit, "subcircuit name").Parameters(x.Parameters);
                break;
            default:
                throw new ArgumentException($"cannot write element type {kind}: it is not part of the supported subset");
        }

        return line.ToString();
    }

    private static void WriteState(StatementBuilder line, SwitchInitialState? state)
    {
        if (state is { } value)
        {
            line.Raw(value == SwitchInitialState.On ? "ON" : "OFF");
        }
    }
}
