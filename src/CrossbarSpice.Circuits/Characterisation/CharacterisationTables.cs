using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>CSV outputs of a characterisation: the curve, the step response, the transfer table and the summary.</summary>
public static class CharacterisationTables
{
    /// <summary>Summary columns, in order.</summary>
    public static IReadOnlyList<string> SummaryHeader { get; } =
    [
        "module", "status", "process", "range", "max_error_V", "rms_error_V", "scale_name", "scale_value", "scale_unit",
        "settling_s", "static_power_W", "energy_per_op_J", "window_s", "devices", "mosfets", "area_m2", "extra",
    ];

    /// <summary>The DC curve: input(s), output, ideal, error, in-range flag (1/0).</summary>
    public static string Curve(CharacterisationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = new StringBuilder(r.SecondInput is null ? "input,output_V,ideal_V,error_V,in_range\n" : "input,second_input_V,output_V,ideal_V,error_V,in_range\n");
        for (var k = 0; k < r.Input.Count; k++)
        {
            text.Append(N(r.Input[k])).Append(',');
            if (r.SecondInput is { } y)
            {
                text.Append(N(y[k])).Append(',');
            }

            text.Append(N(r.Output[k])).Append(',').Append(N(r.Ideal[k])).Append(',').Append(N(r.Output[k] - r.Ideal[k]))
                .Append(',').Append(r.InRange[k] ? '1' : '0').Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The step response: time (s) and output (V).</summary>
    public static string Step(CharacterisationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = new StringBuilder("time_s,output_V\n");
        for (var k = 0; k < r.StepTime.Count; k++)
        {
            text.Append(N(r.StepTime[k])).Append(',').Append(N(r.StepOutput[k])).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The characterised transfer table of <paramref name="r"/> (what the <c>characterised</c> level evaluates).</summary>
    public static CharacterisedTransfer Transfer(CharacterisationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.SecondInput is null)
        {
            return CharacterisedTransfer.OneDimensional(r.Input, r.Output);
        }

        var inner = r.Input.Distinct().Order().ToList();
        var outer = r.SecondInput.Distinct().Order().ToList();
        var grid = new double[inner.Count * outer.Count];
        for (var k = 0; k < r.Input.Count; k++)
        {
            grid[(Nearest(outer, r.SecondInput[k]) * inner.Count) + Nearest(inner, r.Input[k])] = r.Output[k];
        }

        return CharacterisedTransfer.TwoDimensional(inner, outer, grid);
    }

    /// <summary>One summary row per result under <see cref="SummaryHeader"/>.</summary>
    public static string Summary(IEnumerable<CharacterisationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder(string.Join(',', SummaryHeader)).Append('\n');
        foreach (var r in results)
        {
            var extra = string.Join(" ", r.Extra.Select(e => $"{e.Name}={N(e.Value)}{e.Unit}"));
            string[] cells =
            [
                r.Module.Name, r.Module.Status.ToString(), r.ProcessKey, Quote(r.RangeText), N(r.MaxErrorVolts), N(r.RmsErrorVolts),
                r.Scale.Name, N(r.ScaleValue), Quote(r.Scale.Unit), N(r.SettlingSeconds), N(r.StaticWatts), N(r.EnergyJoules),
                N(r.WindowSeconds), N(r.Inventory.DeviceCount), N(r.Inventory.Nmos + r.Inventory.Pmos), N(r.AreaSquareMeters), Quote(extra),
            ];
            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }

    private static int Nearest(List<double> axis, double value)
    {
        var best = 0;
        for (var k = 1; k < axis.Count; k++)
        {
            if (Math.Abs(axis[k] - value) < Math.Abs(axis[best] - value))
            {
                best = k;
            }
        }

        return best;
    }

    private static string N(double value) => InvariantNumber.Format(value);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
