using CrossbarSpice.Devices.IvModels;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Devices.Wires;

namespace CrossbarSpice.Devices.Tests.Reading;

/// <summary>Every card shipped in device-cards/ loads, and the seed numbers land in the typed properties.</summary>
public sealed class DeviceCatalogTests
{
    public static IEnumerable<object[]> Cards => RepositoryPaths.CardFiles();

    [Theory]
    [MemberData(nameof(Cards))]
    public void Validate_ShippedCard_HasNoDiagnostics(string file)
    {
        var result = DeviceCardReader.Validate(Path.Combine(RepositoryPaths.DeviceCards, file));

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Card!.Name);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Validate_ShippedCard_EveryNumberHasProvenance(string file)
    {
        var card = DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, file));

        Assert.NotEmpty(card.Provenance);
        Assert.All(card.Provenance.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Read_ShippedMemristorCard_LevelsStrictlyIncreasingWithinRange(string file)
    {
        if (DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, file)) is not MemristorCard card)
        {
            return;
        }

        var levels = card.Levels.ConductancesSiemens;
        Assert.True(levels.Count >= 2);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.Equal(card.GminSiemens, levels[0], 15);
        Assert.Equal(card.GmaxSiemens, levels[^1], 15);
    }

    [Fact]
    public void Read_TiAlOxCard_HasSeed003Numbers()
    {
        var card = DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ti-alox-taox-pt.json"));

        Assert.Equal(1000, card.RonOhms);
        Assert.Equal(12000, card.RoffOhms);
        Assert.Equal(200, card.Levels.Count);
        Assert.Equal(0.05, card.ProgrammingErrorRelativeSigma);
        Assert.Equal(ProvenanceKind.Source, card.Provenance["$.levels.count"].Kind);
        Assert.Contains(card.DefaultedFields, d => d.JsonPath == "$.stuckAt");
    }

    [Fact]
    public void Read_AgACarbonCards_MeasuredRatioHundredFromFig4dAndTableIRatioTen()
    {
        var measured = DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ag-acarbon-ag.json"));
        var table = DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ag-acarbon-ag-table1.json"));

        Assert.Equal(100, measured.RoffOhms / measured.RonOhms, 12);
        Assert.Equal(10, table.RoffOhms / table.RonOhms, 12);
        Assert.Equal(measured.RonOhms, table.RonOhms);
        Assert.Equal(ProvenanceKind.Source, measured.Provenance["$.conductanceRange.roffOhms"].Kind);
        Assert.Contains("Fig. 4(d)", measured.Provenance["$.conductanceRange.roffOhms"].Text, StringComparison.Ordinal);
        Assert.Contains("Table I", table.Provenance["$.conductanceRange.roffOhms"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_VteamCard_HasSeed001Parameters()
    {
        var card = DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "vteam-seed001.json"));
        var model = Assert.IsType<VteamIvModel>(card.IvModel);

        Assert.Equal((50.0, 1000.0), (card.RonOhms, card.RoffOhms));
        Assert.Equal((-0.2, 0.02, 3.0, 1.0), (model.VonVolts, model.VoffVolts, model.AlphaOn, model.AlphaOff));
        Assert.Equal((-10.0, 5e-4, 0.0, 3e-9), (model.KonMetersPerSecond, model.KoffMetersPerSecond, model.WonMeters, model.WoffMeters));
    }

    [Fact]
    public void Read_ProcessCard_HasSeed000SuppliesAndBothModelSets()
    {
        var card = Assert.IsType<ProcessCard>(DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, "cmos-180nm.json")));

        Assert.Equal((1.8, -1.8), (card.VddVolts, card.VssVolts));
        Assert.True(File.Exists(card.ModelSet(TransistorModelLevel.Bsim3).LibraryPath));
        Assert.True(File.Exists(card.ModelSet(TransistorModelLevel.Level1).LibraryPath));
    }

    [Fact]
    public void Read_WireCard_CarriesTheDerivedCapacitanceWithItsProvenance()
    {
        var card = Assert.IsType<WireCard>(DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, "wire-2ohm.json")));

        Assert.Equal(2, card.SegmentResistanceOhms);

        // 0.2 fF/µm × √(12 µm²), rounded to three digits in the card.
        Assert.Equal(0.2e-15 * Math.Sqrt(12), card.SegmentCapacitanceFarads, 1e-18);
        Assert.DoesNotContain(card.DefaultedFields, d => d.JsonPath == "$.segmentCapacitanceFarads");
        Assert.Contains("Weste & Harris", card.Provenance["$.segmentCapacitanceFarads"].Text, StringComparison.Ordinal);
    }
}
