using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Devices.IvModels;

namespace CrossbarSpice.Devices.Reading;

/// <summary>Reads the <c>ivModel</c> section of a memristor card.</summary>
internal static class IvModelParser
{
    public static IvModel Parse(CardObject? model, double roffOhms)
    {
        if (model is null)
        {
            return new StaticIvModel();
        }

        IvModel result = model.Enum<IvModelKind>("kind") switch
        {
            IvModelKind.Vteam => ReadVteam(model),
            IvModelKind.LinearIonDrift => ReadIonDrift(model),
            IvModelKind.Threshold => ReadThreshold(model, roffOhms),
            _ => new StaticIvModel(),
        };
        model.Finish();
        return result;
    }

    private static VteamIvModel ReadVteam(CardObject model)
    {
        var result = new VteamIvModel
        {
            VonVolts = model.Quantity("vonVolts", NumberRule.Negative),
            VoffVolts = model.Quantity("voffVolts", NumberRule.Positive),
            AlphaOn = model.Quantity("alphaOn", NumberRule.Positive),
            AlphaOff = model.Quantity("alphaOff", NumberRule.Positive),
            KonMetersPerSecond = model.Quantity("konMetersPerSecond", NumberRule.Negative),
            KoffMetersPerSecond = model.Quantity("koffMetersPerSecond", NumberRule.Positive),
            WonMeters = model.Quantity("wonMeters", NumberRule.NonNegative),
            WoffMeters = model.Quantity("woffMeters", NumberRule.Positive),
            WindowWidthMeters = model.Quantity("windowWidthMeters", NumberRule.Positive, 1e-10, "m", "circuits.md §10.2: wc = 0.1 nm"),
            Window = model.Enum("window", VteamWindow.Kvatinsky, "Kvatinsky windows as in circuits.md §10.2"),
            InitialState = model.Quantity("initialState", NumberRule.UnitInterval, 0.5, string.Empty, "mid-range state, as vteam_test.cir"),
        };
        if (result.WoffMeters <= result.WonMeters)
        {
            model.Context.Report(CardDiagnosticCode.Inconsistent, model.PathOf("woffMeters"), "woff must be greater than won");
        }

        return result;
    }

    private static LinearIonDriftIvModel ReadIonDrift(CardObject model) => new()
    {
        ThicknessMeters = model.Quantity("thicknessMeters", NumberRule.Positive),
        MobilitySquareMetersPerVoltSecond = model.Quantity("mobilitySquareMetersPerVoltSecond", NumberRule.Positive),
        Window = model.Enum<IonDriftWindow>("window"),
        WindowExponent = model.Integer("windowExponent", minimum: 1),
        InitialState = model.Quantity("initialState", NumberRule.UnitInterval, 0.1, string.Empty, "x0 = 0.1 as in hp_selector_test.cir"),
    };

    private static ThresholdIvModel ReadThreshold(CardObject model, double roffOhms)
    {
        var result = new ThresholdIvModel
        {
            ThicknessMeters = model.Quantity("thicknessMeters", NumberRule.Positive),
            MobilitySquareMetersPerVoltSecond = model.Quantity("mobilitySquareMetersPerVoltSecond", NumberRule.Positive),
            PositiveThresholdVolts = model.Quantity("positiveThresholdVolts", NumberRule.Positive),
            NegativeThresholdVolts = model.Quantity("negativeThresholdVolts", NumberRule.Negative),
            OnCurrentAmperes = model.Quantity("onCurrentAmperes", NumberRule.Positive),
            OffCurrentAmperes = model.Quantity("offCurrentAmperes", NumberRule.Positive),
            OffsetCurrentAmperes = model.Quantity("offsetCurrentAmperes", NumberRule.Finite, 0, "A", "i0 = 0: seed 004 gives no value"),
            WindowExponent = model.Integer("windowExponent", minimum: 1),
            InitialState = model.Quantity("initialState", NumberRule.UnitInterval, 0, string.Empty, "starts in HRS"),
        };
        var smallestCurrent = result.PositiveThresholdVolts / roffOhms;
        if (result.OffsetCurrentAmperes >= smallestCurrent)
        {
            model.Context.Report(
                CardDiagnosticCode.Inconsistent,
                model.PathOf("offsetCurrentAmperes"),
                $"i0 must be below VT+/Roff = {InvariantNumber.Format(smallestCurrent)} A, or eq. 3 divides by zero above threshold");
        }

        return result;
    }
}
