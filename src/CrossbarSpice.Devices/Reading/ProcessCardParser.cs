using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Devices.Reading;

/// <summary>Reads the fields of a <see cref="ProcessCard"/>; checks that every model library file exists.</summary>
internal static class ProcessCardParser
{
    public static ProcessCard Parse(CardObject root, CardHeader header)
    {
        var feature = root.Quantity("featureSizeMeters", NumberRule.Positive);
        var supplies = root.Object("supplies");
        var vdd = supplies?.Quantity("vddVolts", NumberRule.Positive) ?? double.NaN;
        var vss = supplies?.Quantity("vssVolts", NumberRule.Finite) ?? double.NaN;
        supplies?.Finish();
        if (vss >= vdd)
        {
            root.Context.Report(CardDiagnosticCode.Inconsistent, "$.supplies.vssVolts", "VSS must be below VDD");
        }

        var sets = new List<TransistorModelSet>();
        foreach (var item in root.ObjectList("modelSets"))
        {
            var set = new TransistorModelSet(
                item.Enum<TransistorModelLevel>("level"),
                ResolveLibrary(item),
                item.Text("nmosModel"),
                item.Text("pmosModel"),
                item.Text("provenance"));
            item.Finish();
            if (sets.Any(existing => existing.Level == set.Level))
            {
                root.Context.Report(CardDiagnosticCode.Inconsistent, item.Path + ".level", $"a second {set.Level} model set");
            }

            sets.Add(set);
        }

        var defaultLevel = root.Enum<TransistorModelLevel>("defaultModelLevel");
        if (sets.Count > 0 && sets.All(set => set.Level != defaultLevel))
        {
            root.Context.Report(CardDiagnosticCode.Inconsistent, "$.defaultModelLevel", $"no model set of level {defaultLevel}");
        }

        return new ProcessCard
        {
            Name = header.Name,
            Title = header.Title,
            Citation = header.Citation,
            Notes = header.Notes,
            FeatureSizeMeters = feature,
            VddVolts = vdd,
            VssVolts = vss,
            ModelSets = sets,
            DefaultModelLevel = defaultLevel,
        };
    }

    private static string ResolveLibrary(CardObject item)
    {
        var file = item.Text("file");
        if (file.Length == 0)
        {
            return file;
        }

        var full = Path.GetFullPath(Path.Combine(item.Context.BaseDirectory, file));
        if (!File.Exists(full))
        {
            item.Context.Report(CardDiagnosticCode.Reference, item.PathOf("file"), $"model library '{file}' not found (looked for {full})");
        }

        return full;
    }
}
