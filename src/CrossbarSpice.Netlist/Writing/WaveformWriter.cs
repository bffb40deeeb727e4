using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>Writes the value part of an independent source: <c>DC v [AC m] [PULSE(...)|PWL(...)|SIN(...)]</c>.</summary>
internal static class WaveformWriter
{
    public static void Write(StatementBuilder line, SourceWaveform waveform)
    {
        ArgumentNullException.ThrowIfNull(waveform);
        line.Raw("DC").Value(waveform.Dc);
        if (waveform.AcMagnitude is { } ac)
        {
            line.Raw("AC").Value(ac);
        }

        switch (waveform.Transient)
        {
            case null:
                break;
            case PulseWaveform p:
                Function(line, "PULSE", [p.Initial, p.Pulsed, p.Delay, p.Rise, p.Fall, p.Width, p.Period]);
                break;
            case PwlWaveform pwl when pwl.Points.Count > 0:
                Function(line, "PWL", pwl.Points.SelectMany(point => new[] { point.Time, point.Value }));
                break;
            case PwlWaveform:
                throw new ArgumentException("cannot write a PWL waveform without points");
            case SineWaveform s:
                Function(line, "SIN", [s.Offset, s.Amplitude, s.Frequency, s.Delay, s.Damping]);
                break;
            default:
                throw new ArgumentException($"cannot write waveform type {waveform.Transient.GetType().Name}");
        }
    }

    private static void Function(StatementBuilder line, string name, IEnumerable<Values.SpiceValue> values) =>
        line.Raw(name + "(" + string.Join(' ', values) + ")");
}
