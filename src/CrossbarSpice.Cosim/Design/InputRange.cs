using System.Globalization;

namespace CrossbarSpice.Cosim.Design;

/// <summary>
/// The network inputs a run applies, against the row drivers' (DACs') range: a crossbar's rows take ±1 unit, i.e.
/// ±<see cref="VoltsPerUnit"/> volts (the design's input volts per unit, <c>--input-volts</c>); Fashion-MNIST's grey
/// levels (0 … 1) use its positive half. A value beyond it is still applied as it is by every level (the ideal drivers
/// are voltage sources), but a real DAC would clip it: this counts them and keeps the worst. Thread-safe to read after
/// filling; fill from one thread.
/// </summary>
public sealed class InputRange
{
    /// <summary>Largest |input| a DAC applies, network units.</summary>
    public const double FullScaleUnits = 1;

    /// <summary>Creates an empty count.</summary>
    /// <param name="voltsPerUnit">The design's input volts per unit.</param>
    /// <param name="normalised">Whether the inputs were normalised by the design (for the message).</param>
    public InputRange(double voltsPerUnit, bool normalised)
    {
        VoltsPerUnit = voltsPerUnit;
        Normalised = normalised;
    }

    /// <summary>Input volts per unit, V.</summary>
    public double VoltsPerUnit { get; }

    /// <summary>Whether the design normalises its inputs.</summary>
    public bool Normalised { get; }

    /// <summary>Values seen.</summary>
    public long Values { get; private set; }

    /// <summary>Values with |x| &gt; <see cref="FullScaleUnits"/>.</summary>
    public long Outside { get; private set; }

    /// <summary>The value of largest magnitude, network units (0 before any value).</summary>
    public double Worst { get; private set; }

    /// <summary>The sample holding <see cref="Worst"/>.</summary>
    public int WorstSample { get; private set; }

    /// <summary>The smallest and largest value seen, network units.</summary>
    public (double Min, double Max) Span { get; private set; } = (double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>Adds the network input of sample <paramref name="sample"/>.</summary>
    public void Add(int sample, ReadOnlySpan<double> input)
    {
        foreach (var x in input)
        {
            Values++;
            Span = (Math.Min(Span.Min, x), Math.Max(Span.Max, x));
            if (Math.Abs(x) > FullScaleUnits)
            {
                Outside++;
            }

            if (Math.Abs(x) > Math.Abs(Worst))
            {
                Worst = x;
                WorstSample = sample;
            }
        }
    }

    /// <summary>
    /// One line for the run's log: a warning naming the count and the worst value when some input is beyond the range,
    /// else (for normalised inputs) the range the inputs used; null when there is nothing to say.
    /// </summary>
    public string? Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var after = Normalised ? " after the design's input normalisation" : string.Empty;
        if (Outside > 0)
        {
            return string.Create(inv, $"warning: {Outside} of {Values} input value(s){after} lie beyond the DAC range ±{FullScaleUnits} unit (±{VoltsPerUnit:G4} V); worst {Worst:G4} units ({Worst * VoltsPerUnit:G4} V) in sample {WorstSample}. The levels apply them as they are; a DAC with full scale ±1 unit would clip them (scale the data, e.g. a larger normalisation std).");
        }

        return Normalised && Values > 0
            ? string.Create(inv, $"inputs{after}: {Span.Min:G4} … {Span.Max:G4} units ({Span.Min * VoltsPerUnit:G4} … {Span.Max * VoltsPerUnit:G4} V), within the DAC range ±{FullScaleUnits} unit")
            : null;
    }
}
