namespace CrossbarSpice.Circuits.Periphery.Estimates;

/// <summary>
/// Supply power and energy per operation from a transient: P(t) = −Σ V_k·i_k(t) over the supply taps (ngspice's
/// source current flows into n+, so a delivering source has i &lt; 0), plus constant terms for what the netlist
/// does not draw from its supplies: ideal bias current sources (charged at I·(VDD − VSS)) and behavioural op-amp
/// macromodels (charged at the CMOS op-amp's quiescent power, <see cref="MacromodelQuiescentWatts"/>).
/// </summary>
public static class EnergyEstimate
{
    /// <summary>Quiescent power charged per macromodel op-amp, W: 1.88 mA × 3.6 V (docs/circuits.md §9.2).</summary>
    public const double MacromodelQuiescentWatts = 1.88e-3 * 3.6;

    /// <summary>Supply power at each time point, W.</summary>
    /// <param name="supplyVolts">Voltage of each tap, V.</param>
    /// <param name="supplyCurrents">Current vector of each tap, A (same order).</param>
    /// <param name="constantWatts">Power not drawn through the taps, W.</param>
    public static double[] PowerWatts(IReadOnlyList<double> supplyVolts, IReadOnlyList<IReadOnlyList<double>> supplyCurrents, double constantWatts)
    {
        ArgumentNullException.ThrowIfNull(supplyVolts);
        ArgumentNullException.ThrowIfNull(supplyCurrents);
        var n = supplyCurrents.Count == 0 ? 0 : supplyCurrents[0].Count;
        var power = new double[n];
        for (var t = 0; t < n; t++)
        {
            var p = constantWatts;
            for (var k = 0; k < supplyVolts.Count; k++)
            {
                p -= supplyVolts[k] * supplyCurrents[k][t];
            }

            power[t] = p;
        }

        return power;
    }

    /// <summary>∫ P dt over [<paramref name="from"/>, <paramref name="to"/>] by the trapezoid rule, J.</summary>
    public static double Joules(IReadOnlyList<double> time, IReadOnlyList<double> power, double from, double to)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(power);
        var energy = 0.0;
        for (var k = 1; k < time.Count; k++)
        {
            var a = Math.Max(time[k - 1], from);
            var b = Math.Min(time[k], to);
            if (b <= a)
            {
                continue;
            }

            var span = time[k] - time[k - 1];
            double At(double t) => power[k - 1] + ((power[k] - power[k - 1]) * (t - time[k - 1]) / span);
            energy += 0.5 * (At(a) + At(b)) * (b - a);
        }

        return energy;
    }
}
