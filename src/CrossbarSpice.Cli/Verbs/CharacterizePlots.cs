using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Circuits.Characterisation;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>The PNG plots of a module characterisation: DC transfer against the ideal, and the step response.</summary>
internal static class CharacterizePlots
{
    /// <summary>Writes <c>transfer.png</c> and <c>step.png</c> for <paramref name="r"/> into <paramref name="directory"/>.</summary>
    public static void Save(CharacterisationResult r, string directory, string inputLabel, double inputScale)
    {
        var series = new List<LineSeries>();
        if (r.SecondInput is { } y)
        {
            foreach (var level in new[] { -1.0, -0.5, 0.0, 0.5, 1.0 })
            {
                var idx = Enumerable.Range(0, r.Input.Count).Where(k => Math.Abs(y[k] - level) < 1e-6).ToList();
                if (idx.Count > 1)
                {
                    series.Add(new LineSeries($"circuit, V2 = {level:0.0} V", [.. idx.Select(k => r.Input[k] * inputScale)], [.. idx.Select(k => r.Output[k])]));
                    series.Add(new LineSeries($"ideal, V2 = {level:0.0} V", [.. idx.Select(k => r.Input[k] * inputScale)], [.. idx.Select(k => r.Ideal[k])]));
                }
            }
        }
        else
        {
            series.Add(new LineSeries("circuit (ngspice)", [.. r.Input.Select(v => v * inputScale)], r.Output));
            series.Add(new LineSeries($"ideal ({r.Scale.Name} = {r.ScaleValue:G4} {r.Scale.Unit})", [.. r.Input.Select(v => v * inputScale)], r.Ideal));
        }

        LinePlotRenderer.SavePngAndSvg(
            new LinePlot
            {
                Title = $"{r.Module.Name}: max error {r.MaxErrorVolts * 1e3:G3} mV, rms {r.RmsErrorVolts * 1e3:G3} mV ({r.ProcessKey})",
                XLabel = inputLabel,
                YLabel = "output (V)",
                Series = series,
            },
            directory,
            "transfer");
        LinePlotRenderer.SavePngAndSvg(
            new LinePlot
            {
                Title = $"{r.Module.Name}: step response, settles in {r.SettlingSeconds * 1e9:G3} ns",
                XLabel = "time (ns)",
                YLabel = "output (V)",
                Series = [new LineSeries(string.Empty, [.. r.StepTime.Select(t => t * 1e9)], r.StepOutput)],
            },
            directory,
            "step");
    }
}
