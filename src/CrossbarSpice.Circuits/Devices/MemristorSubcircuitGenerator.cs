using CrossbarSpice.Devices.IvModels;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;
using static CrossbarSpice.Circuits.Devices.Expr;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// Turns a memristor card's I–V model into a two-port subcircuit <c>name p n</c> (the B-source models of
/// docs/circuits.md §10, parameters taken from the card). Static model: parameter <c>G</c> (S, default Gmax).
/// Dynamic models: parameter <c>X0</c> (initial state, default from the card) and internal state node <c>x</c>.
/// </summary>
public static class MemristorSubcircuitGenerator
{
    /// <summary>The subcircuit of <paramref name="card"/>'s I–V model.</summary>
    /// <param name="card">A valid memristor card.</param>
    /// <param name="name">Subcircuit name (SPICE identifier).</param>
    public static SubcircuitDefinition Generate(MemristorCard card, string name)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.IvModel switch
        {
            VteamIvModel vteam => Dynamic(name, vteam.InitialState, Vteam(card, vteam)),
            LinearIonDriftIvModel drift => Dynamic(name, drift.InitialState, IonDrift(card, drift)),
            ThresholdIvModel threshold => Dynamic(name, threshold.InitialState, Threshold(card, threshold)),
            _ => new SubcircuitDefinition(name, ["p", "n"], [new SpiceParameter("G", card.GmaxSiemens)], [new Resistor("Rm", "p", "n", SpiceValue.Expression("1/G"))]),
        };
    }

    private static SubcircuitDefinition Dynamic(string name, double initialState, IEnumerable<NetlistItem> items) =>
        new(name, ["p", "n"], [new SpiceParameter("X0", initialState)], [.. items]);

    private static IEnumerable<NetlistItem> Vteam(MemristorCard card, VteamIvModel m)
    {
        var d = m.WoffMeters - m.WonMeters;
        var window = m.Window == VteamWindow.Kvatinsky;
        var offWindow = window ? $"exp(-exp((V(x)*{N(d)}-{N(d)})/{N(m.WindowWidthMeters)}))" : "1";
        var onWindow = window ? $"exp(-exp(-(V(x)*{N(d)})/{N(m.WindowWidthMeters)}))" : "1";
        // pwr keeps the sign of its base; both bases are positive in their branches (docs/circuits.md §0, §10.2).
        var rate = $"V(p,n) > {N(m.VoffVolts)} ? {N(m.KoffMetersPerSecond / d)}*pwr(V(p,n)/{N(m.VoffVolts)}-1,{N(m.AlphaOff)})*{offWindow}*{StateNode.RoomBelowOne}"
            + $" : ( V(p,n) < {N(m.VonVolts)} ? {N(m.KonMetersPerSecond / d)}*pwr(V(p,n)/{N(m.VonVolts)}-1,{N(m.AlphaOn)})*{onWindow}*{StateNode.RoomAboveZero} : 0 )";
        return
        [
            new BehavioralSource("Bm", "p", "n", BehavioralSourceKind.Current, $"V(p,n) / ({N(card.RonOhms)} + {N(card.RoffOhms - card.RonOhms)}*{StateNode.Clamped})"),
            .. StateNode.Items(rate),
        ];
    }

    private static IEnumerable<NetlistItem> IonDrift(MemristorCard card, LinearIonDriftIvModel m)
    {
        var k = m.MobilitySquareMetersPerVoltSecond * card.RonOhms / (m.ThicknessMeters * m.ThicknessMeters);
        // pow gives |base|^y: right for the even exponent 2p even when the base is negative (docs/circuits.md §0).
        var window = m.Window == IonDriftWindow.Joglekar
            ? $"(1-pow(2*V(x)-1,{2 * m.WindowExponent}))"
            : $"(1-pow(V(x)-u(-I(Vsense)),{2 * m.WindowExponent}))";
        return [.. SensedPort(card), .. StateNode.Items($"{N(k)}*I(Vsense)*{window}")];
    }

    private static IEnumerable<NetlistItem> Threshold(MemristorCard card, ThresholdIvModel m)
    {
        var k = m.MobilitySquareMetersPerVoltSecond * card.RonOhms / (m.ThicknessMeters * m.ThicknessMeters);
        var window = $"(1-pow(V(x)-u(-I(Vsense)),{2 * m.WindowExponent}))";
        // The denominator is kept positive: both ternary branches may be evaluated by ngspice.
        var set = $"{N(k * m.OffCurrentAmperes)}/max(I(Vsense)-{N(m.OffsetCurrentAmperes)},1e-30)*{window}";
        var reset = $"{N(k / m.OnCurrentAmperes)}*I(Vsense)*{window}";
        var rate = $"V(p,n) > {N(m.PositiveThresholdVolts)} ? {set} : ( V(p,n) < {N(m.NegativeThresholdVolts)} ? {reset} : 0 )";
        return [.. SensedPort(card), .. StateNode.Items(rate)];
    }

    private static IEnumerable<NetlistItem> SensedPort(MemristorCard card) =>
    [
        new VoltageSource("Vsense", "p", "pi", 0.0),
        new BehavioralSource("Bm", "pi", "n", BehavioralSourceKind.Current, $"V(pi,n) / ({N(card.RonOhms)}*{StateNode.Clamped} + {N(card.RoffOhms)}*(1-{StateNode.Clamped}))"),
    ];
}
