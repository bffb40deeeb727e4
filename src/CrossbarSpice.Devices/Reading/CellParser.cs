using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Devices.Reading;

/// <summary>Reads the <c>cell</c> section of a memristor card, loading the process card a 1T1M cell references.</summary>
internal static class CellParser
{
    public static CellConfiguration Parse(CardObject? cell)
    {
        if (cell is null)
        {
            return new PassiveCell();
        }

        CellConfiguration result = cell.Enum<CellKind>("kind") switch
        {
            CellKind.OneSelectorOneMemristor => new SelectorCell(ReadSelector(cell.Object("selector"))),
            CellKind.OneTransistorOneMemristor => ReadAccess(cell.Object("accessTransistor")),
            _ => new PassiveCell(),
        };
        cell.Finish();
        return result;
    }

    private static SelectorCard ReadSelector(CardObject? selector)
    {
        if (selector is null)
        {
            return new SinhSelectorCard { SaturationCurrentAmperes = double.NaN, CharacteristicVoltageVolts = double.NaN };
        }

        SelectorCard result;
        if (selector.Enum<SelectorKind>("kind") == SelectorKind.Threshold)
        {
            var threshold = new ThresholdSelectorCard
            {
                ThresholdVolts = selector.Quantity("thresholdVolts", NumberRule.Positive),
                SmoothingVolts = selector.Quantity("smoothingVolts", NumberRule.Positive),
                OnConductanceSiemens = selector.Quantity("onConductanceSiemens", NumberRule.Positive),
                OffConductanceSiemens = selector.Quantity("offConductanceSiemens", NumberRule.Positive),
            };
            if (threshold.OffConductanceSiemens >= threshold.OnConductanceSiemens)
            {
                selector.Context.Report(CardDiagnosticCode.Inconsistent, selector.PathOf("offConductanceSiemens"), "OFF conductance must be below ON conductance");
            }

            result = threshold;
        }
        else
        {
            result = new SinhSelectorCard
            {
                SaturationCurrentAmperes = selector.Quantity("saturationCurrentAmperes", NumberRule.Positive),
                CharacteristicVoltageVolts = selector.Quantity("characteristicVoltageVolts", NumberRule.Positive),
            };
        }

        selector.Finish();
        return result;
    }

    private static CellConfiguration ReadAccess(CardObject? access)
    {
        if (access is null)
        {
            return new PassiveCell();
        }

        var polarity = access.Enum<TransistorPolarity>("polarity");
        var width = access.Quantity("widthMeters", NumberRule.Positive);
        var length = access.Quantity("lengthMeters", NumberRule.Positive);
        var gate = access.Quantity("gateVoltageVolts", NumberRule.Finite);
        var process = ReadProcess(access);
        var level = access.Has("modelLevel") || process is null
            ? access.Enum<TransistorModelLevel>("modelLevel")
            : access.Enum("modelLevel", process.DefaultModelLevel, "the process card's defaultModelLevel");
        if (process is not null)
        {
            if (process.ModelSets.All(set => set.Level != level))
            {
                access.Context.Report(CardDiagnosticCode.Reference, access.PathOf("modelLevel"), $"process '{process.Name}' has no {level} model set");
            }

            if (length < process.FeatureSizeMeters * (1 - 1e-9))
            {
                access.Context.Report(CardDiagnosticCode.OutOfRange, access.PathOf("lengthMeters"), "channel length is below the process feature size");
            }
        }

        access.Finish();
        return new AccessTransistorCell(new AccessTransistorCard
        {
            Polarity = polarity,
            WidthMeters = width,
            LengthMeters = length,
            GateVoltageVolts = gate,
            Process = process ?? new ProcessCard
            {
                Name = string.Empty,
                Title = string.Empty,
                Citation = string.Empty,
                FeatureSizeMeters = double.NaN,
                VddVolts = double.NaN,
                VssVolts = double.NaN,
                ModelSets = [],
                DefaultModelLevel = TransistorModelLevel.Bsim3,
            },
            ModelLevel = level,
        });
    }

    private static ProcessCard? ReadProcess(CardObject access)
    {
        var reference = access.Text("process");
        if (reference.Length == 0)
        {
            return null;
        }

        var path = access.PathOf("process");
        if (access.Context.Depth > 0)
        {
            access.Context.Report(CardDiagnosticCode.Reference, path, "a referenced card may not reference further cards");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(access.Context.BaseDirectory, reference));
        if (!File.Exists(full))
        {
            access.Context.Report(CardDiagnosticCode.Reference, path, $"process card '{reference}' not found (looked for {full})");
            return null;
        }

        var result = DeviceCardReader.Validate(full, depth: 1);
        if (!result.IsValid)
        {
            access.Context.Report(CardDiagnosticCode.Reference, path, $"process card '{reference}' is invalid: {result.Diagnostics[0]}");
            return null;
        }

        if (result.Card is not ProcessCard process)
        {
            access.Context.Report(CardDiagnosticCode.Reference, path, $"'{reference}' is a {result.Card!.Kind} card, not a Process card");
            return null;
        }

        return process;
    }
}
