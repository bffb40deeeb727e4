using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// Test bench for a memristor's I–V loop: source <c>vin</c> drives node <c>p</c>; the device (memristor alone,
/// without its cell) sits between <c>p</c> and ground as instance <c>xdut</c>.
/// </summary>
public static class CharacterizationBench
{
    /// <summary>Name of the driving source; the device current is −<c>i(vin)</c>.</summary>
    public const string Source = "vin";

    /// <summary>Driven node.</summary>
    public const string Node = "p";

    /// <summary>ngspice vector of the effective state clamp(x, 0, 1) (dynamic models only).</summary>
    public const string StateVector = "v(xdut.s)";

    /// <summary>ngspice vector of the integrated state x before clamping (dynamic models only).</summary>
    public const string RawStateVector = "v(xdut.x)";

    /// <summary>The bench netlist and its transient analysis (with initial conditions, so x starts at the card's x0).</summary>
    public static (SpiceNetlist Netlist, TranAnalysis Analysis) Build(MemristorCard card, CharacterizationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(settings);
        var memristor = MemristorSubcircuitGenerator.Generate(card, "mem_" + CellSubcircuitGenerator.SpiceName(card.Name));
        var period = 1 / settings.FrequencyHertz;
        var stop = period * settings.Cycles;
        var step = period / settings.PointsPerCycle;
        TransientWaveform drive = settings.Waveform == DriveWaveform.Sine
            ? new SineWaveform(0.0, settings.AmplitudeVolts, settings.FrequencyHertz)
            : Triangle(settings.AmplitudeVolts, period, settings.Cycles);
        var items = new List<NetlistItem>
        {
            memristor,
            new VoltageSource(Source, Node, "0", new SourceWaveform(0.0, null, drive)),
            new SubcircuitInstance("xdut", [Node, "0"], memristor.Name),
        };
        var title = $"{card.Name}: {settings.Waveform} {settings.AmplitudeVolts} V, {settings.FrequencyHertz} Hz";
        return (new SpiceNetlist(title, items), new TranAnalysis(step, stop, null, step, UseInitialConditions: true));
    }

    private static PwlWaveform Triangle(double amplitude, double period, int cycles)
    {
        var points = new List<PwlPoint> { new(0.0, 0.0) };
        for (var c = 0; c < cycles; c++)
        {
            var start = c * period;
            points.Add(new PwlPoint(start + (period / 4), amplitude));
            points.Add(new PwlPoint(start + (3 * period / 4), -amplitude));
            points.Add(new PwlPoint(start + period, 0.0));
        }

        return new PwlWaveform(points);
    }
}
