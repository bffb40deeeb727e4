using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Devices.Reading;

/// <summary>Reads the fields of a <see cref="MemristorCard"/>.</summary>
internal static class MemristorCardParser
{
    public static MemristorCard Parse(CardObject root, CardHeader header)
    {
        var (ron, roff) = ReadRange(root);
        var levels = ReadLevels(root, ron, roff);
        var read = root.Object("read");
        var card = new MemristorCard
        {
            Name = header.Name,
            Title = header.Title,
            Citation = header.Citation,
            Notes = header.Notes,
            RonOhms = ron,
            RoffOhms = roff,
            Levels = levels,
            ProgrammingErrorRelativeSigma = root.Quantity("programmingErrorRelativeSigma", NumberRule.NonNegative),
            DeviceToDeviceRelativeSigma = root.Quantity("deviceToDeviceRelativeSigma", NumberRule.NonNegative),
            ReadNoiseRelativeSigma = root.Quantity("readNoiseRelativeSigma", NumberRule.NonNegative),
            StuckAt = ReadStuckAt(root, ron, roff),
            Drift = ReadDrift(root),
            ReadVoltageVolts = read?.Quantity("voltageVolts", NumberRule.Positive) ?? double.NaN,
            ReadPulseWidthSeconds = read?.Quantity("pulseWidthSeconds", NumberRule.Positive) ?? double.NaN,
            CellAreaSquareMeters = root.Quantity("cellAreaSquareMeters", NumberRule.Positive),
            IvModel = IvModelParser.Parse(root.Object("ivModel"), roff),
            Cell = CellParser.Parse(root.Object("cell")),
        };
        read?.Finish();
        return card;
    }

    private static (double Ron, double Roff) ReadRange(CardObject root)
    {
        var range = root.Object("conductanceRange");
        if (range is null)
        {
            return (double.NaN, double.NaN);
        }

        var byResistance = range.Has("ronOhms") || range.Has("roffOhms");
        var byConductance = range.Has("gminSiemens") || range.Has("gmaxSiemens");
        double ron, roff;
        if (byResistance && byConductance)
        {
            range.Context.Report(CardDiagnosticCode.Inconsistent, range.Path, "give either ronOhms/roffOhms or gminSiemens/gmaxSiemens, not both");
            ron = roff = double.NaN;
        }
        else if (byConductance)
        {
            var gmin = range.Quantity("gminSiemens", NumberRule.Positive);
            var gmax = range.Quantity("gmaxSiemens", NumberRule.Positive);
            if (gmin >= gmax)
            {
                range.Context.Report(CardDiagnosticCode.Inconsistent, range.PathOf("gminSiemens"), $"Gmin ≥ Gmax ({InvariantNumber.Format(gmin)} ≥ {InvariantNumber.Format(gmax)} S)");
            }

            (ron, roff) = (1 / gmax, 1 / gmin);
        }
        else
        {
            ron = range.Quantity("ronOhms", NumberRule.Positive);
            roff = range.Quantity("roffOhms", NumberRule.Positive);
            if (ron >= roff)
            {
                range.Context.Report(CardDiagnosticCode.Inconsistent, range.PathOf("ronOhms"), $"Ron ≥ Roff, i.e. Gmin ≥ Gmax ({InvariantNumber.Format(ron)} ≥ {InvariantNumber.Format(roff)} Ω)");
            }
        }

        range.Finish();
        return (ron, roff);
    }

    private static ConductanceLevels ReadLevels(CardObject root, double ron, double roff)
    {
        var placeholder = new ConductanceLevels(LevelSpacing.LinearInConductance, []);
        var levels = root.Object("levels");
        if (levels is null)
        {
            return placeholder;
        }

        var spacing = levels.Enum<LevelSpacing>("spacing");
        ConductanceLevels result = placeholder;
        if (spacing == LevelSpacing.LinearInConductance)
        {
            var count = levels.Integer("count", minimum: 2);
            if (count >= 2 && double.IsFinite(ron) && double.IsFinite(roff) && ron < roff)
            {
                result = ConductanceLevels.Linear(count, 1 / roff, 1 / ron);
            }
        }
        else if (levels.NumberList("conductancesSiemens", NumberRule.Positive) is { } table)
        {
            result = CheckTable(levels, table, ron, roff) ? new ConductanceLevels(LevelSpacing.Table, table) : placeholder;
        }

        levels.Finish();
        return result;
    }

    private static bool CheckTable(CardObject levels, IReadOnlyList<double> table, double ron, double roff)
    {
        var path = levels.PathOf("conductancesSiemens.values");
        if (table.Count < 2)
        {
            levels.Context.Report(CardDiagnosticCode.OutOfRange, path, $"a level table needs at least 2 levels, found {table.Count}");
            return false;
        }

        for (var i = 1; i < table.Count; i++)
        {
            if (!(table[i] > table[i - 1]))
            {
                levels.Context.Report(CardDiagnosticCode.Inconsistent, $"{path}[{i}]", "level table must be strictly increasing");
                return false;
            }
        }

        const double slack = 1e-9;
        if (table[0] < (1 / roff) * (1 - slack) || table[^1] > (1 / ron) * (1 + slack))
        {
            levels.Context.Report(CardDiagnosticCode.Inconsistent, path, "levels must lie within [Gmin, Gmax] of conductanceRange");
            return false;
        }

        return true;
    }

    private static StuckAtFaults ReadStuckAt(CardObject root, double ron, double roff)
    {
        var stuck = root.OptionalObject("stuckAt");
        if (stuck is null)
        {
            root.Context.RecordDefault("$.stuckAt", "LRS = Gmax, HRS = Gmin, fractions 0", "no stuckAt section");
            return new StuckAtFaults(1 / ron, 1 / roff, 0, 0);
        }

        var faults = new StuckAtFaults(
            stuck.Quantity("lrsConductanceSiemens", NumberRule.Positive, 1 / ron, "S", "Gmax of conductanceRange"),
            stuck.Quantity("hrsConductanceSiemens", NumberRule.Positive, 1 / roff, "S", "Gmin of conductanceRange"),
            stuck.Quantity("lrsFaultFraction", NumberRule.UnitInterval, 0, string.Empty, "no stuck-at-LRS faults"),
            stuck.Quantity("hrsFaultFraction", NumberRule.UnitInterval, 0, string.Empty, "no stuck-at-HRS faults"));
        if (faults.LrsFaultFraction + faults.HrsFaultFraction > 1)
        {
            stuck.Context.Report(CardDiagnosticCode.Inconsistent, stuck.Path, "lrsFaultFraction + hrsFaultFraction must be ≤ 1");
        }

        stuck.Finish();
        return faults;
    }

    private static DriftModel ReadDrift(CardObject root)
    {
        var drift = root.Object("drift");
        if (drift is null)
        {
            return DriftModel.None;
        }

        var kind = drift.Enum<DriftModelKind>("model");
        DriftModel result;
        if (kind == DriftModelKind.None)
        {
            // A card that claims no drift still says on what grounds.
            drift.ReadProvenance();
            result = DriftModel.None;
        }
        else
        {
            result = new DriftModel(kind, drift.Quantity("exponent", NumberRule.NonNegative), drift.Quantity("referenceTimeSeconds", NumberRule.Positive));
        }

        drift.Finish();
        return result;
    }
}
