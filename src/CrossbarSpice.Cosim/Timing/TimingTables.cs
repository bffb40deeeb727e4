using System.Globalization;
using System.Text;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>The tables of a timing run as text: <c>timing.csv</c> (per stage), <c>timing-summary.csv</c> (per inference) and the console summary.</summary>
public static class TimingTables
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>timing.csv</c>: one line per stage row.</summary>
    public static string Stages(TimingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder("stage,layer,kind,lanes_per_inference,reads_per_inference,settle_ns,array_settle_ns,clock_ns,band_mV,critical_lane,critical_output,latency_ns,energy_pJ,settled,dc_delta_mV,slot_ns\n");
        foreach (var r in report.Rows)
        {
            text.Append(Inv, $"{r.Stage},{r.Layer},{r.Kind},{r.LanesPerInference},{r.Reads},{r.SettleSeconds * 1e9:G6},{r.ArraySettleSeconds * 1e9:G6},{r.ClockSeconds * 1e9:G6},{report.BandVolts * 1e3:G6},{r.CriticalLane},{r.CriticalOutput},{r.LatencySeconds * 1e9:G6},{r.JoulesPerInference * 1e12:G6},{(r.Settled ? "yes" : "no")},{r.DcDeltaVolts * 1e3:G4},{r.SlotSeconds * 1e9:G6}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>timing-summary.csv</c>: quantity, value, unit, basis; with <paramref name="estimate"/> (the energy report's
    /// rows) the estimate's energy of the same layers beside the transient's, and the estimate's rows the transient has
    /// no circuit for.
    /// </summary>
    public static string Summary(TimingReport report, EnergyEstimate? estimate)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder("quantity,value,unit,basis\n");
        void Line(string quantity, double value, string unit, string basis) => text.Append(Inv, $"{quantity},{value:G6},{unit},{basis}\n");
        Line("latency_per_inference", report.LatencySeconds * 1e9, "ns", "sum over layers of reads x clock (slowest settle time + arrays' RC settle); the cells of one LSTM layer side by side");
        Line("throughput", report.InferencesPerSecond, "inferences/s", "one inference at a time at the measured clocks");
        Line("throughput_pipelined", report.PipelinedInferencesPerSecond, "inferences/s", "every layer on a different inference: 1 / the slowest layer");
        Line("energy_per_inference_transient", report.JoulesPerInference * 1e12, "pJ", "integral of -V*I of every deck source over one clock period per lane; arrays and periphery");
        Line("band", report.BandVolts * 1e3, "mV", "settled = stays within the band around the DC spice level's output for the lane");
        Line("samples", report.Samples, "images", report.Settled ? "every lane settled" : "some lanes did not settle: their times are lower bounds");
        if (estimate is not null)
        {
            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var layer in report.Rows.GroupBy(r => r.Layer, StringComparer.Ordinal))
            {
                var names = layer.SelectMany(r => r.Kind == "lstm-cell" ? [r.Layer] : r.Stage.Split('+')).ToHashSet(StringComparer.Ordinal);
                covered.UnionWith(names);
                Line($"energy_{layer.Key}_transient", layer.Sum(r => r.JoulesPerInference) * 1e12, "pJ", "this run");
                Line($"energy_{layer.Key}_report_energy", estimate.PicoJoules(names), "pJ", $"report energy rows of {string.Join(" ", names.Order(StringComparer.Ordinal))} ({estimate.Basis})");
            }

            Line("energy_circuits_report_energy", estimate.PicoJoules(covered), "pJ", "report energy: the same layers");
            Line("energy_not_simulated_report_energy", estimate.TotalPicoJoules - estimate.PicoJoules(covered), "pJ", "report energy rows without a circuit here (DAC ADC input buffer timing: estimates)");
        }

        return text.ToString();
    }
}
