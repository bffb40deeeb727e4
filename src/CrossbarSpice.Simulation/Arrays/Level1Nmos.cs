using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// The channel current of ngspice's Level-1 MOSFET (mos1load.c, Shichman–Hodges) for an NMOS with GAMMA = 0, bulk at
/// ground, gate at a fixed voltage, at the nominal temperature (so VBI = VTO and the transconductance is KP), with
/// drain/source swapped when V_DS &lt; 0 as ngspice does. The bulk-junction GMIN conductances are linear branches
/// of the network, not part of this.
/// </summary>
internal sealed class Level1Nmos
{
    private readonly double gate;
    private readonly double threshold;
    private readonly double lambda;
    private readonly double beta;

    /// <summary>Prepares the model of <paramref name="parameters"/>.</summary>
    public Level1Nmos(AccessTransistorParameters parameters)
    {
        gate = parameters.GateVolts;
        threshold = parameters.ThresholdVolts;
        lambda = parameters.LambdaPerVolt;

        // ngspice: Beta = tTransconductance * m * w / EffectiveLength, with m = 1 and LD = 0.
        beta = parameters.TransconductanceAmpsPerVoltSquared * 1.0 * parameters.WidthMetres / parameters.LengthMetres;
    }

    /// <summary>Current from drain to source, A, and its partial derivatives by the drain and source voltages, S.</summary>
    /// <param name="drain">Drain voltage, V.</param>
    /// <param name="source">Source voltage, V.</param>
    public (double Current, double ByDrain, double BySource) Evaluate(double drain, double source)
    {
        var vds = drain - source;
        var normal = vds >= 0;
        var vgst = (normal ? gate - source : gate - drain) - threshold;
        var v = normal ? vds : -vds;
        double cdrain, gm, gds;
        if (vgst <= 0)
        {
            return (0, 0, 0);
        }

        var betap = beta * (1 + (lambda * v));
        if (vgst <= v)
        {
            cdrain = betap * vgst * vgst * .5;
            gm = betap * vgst;
            gds = lambda * beta * vgst * vgst * .5;
        }
        else
        {
            cdrain = betap * v * (vgst - (.5 * v));
            gm = betap * v;
            gds = (betap * (vgst - v)) + (lambda * beta * v * (vgst - (.5 * v)));
        }

        // Normal mode: I = cdrain(vgs, vds). Reverse: I = −cdrain(vgd, −vds) (ngspice's mode = −1).
        return normal ? (cdrain, gds, -gm - gds) : (-cdrain, gm + gds, -gds);
    }
}
