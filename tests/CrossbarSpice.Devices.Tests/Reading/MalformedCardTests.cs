using System.Text.Json.Nodes;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Reading;

namespace CrossbarSpice.Devices.Tests.Reading;

/// <summary>Each malformed-card case gives its named error: code, file and JSON path of the field.</summary>
public sealed class MalformedCardTests
{
    private const string File = "bad-card.json";

    private const string Valid = """
        {
          "format": "crossbarspice-device-card/1",
          "kind": "Memristor",
          "name": "test-card",
          "title": "Test",
          "citation": "none",
          "conductanceRange": { "ronOhms": { "value": 1000, "source": "s" }, "roffOhms": { "value": 10000, "source": "s" } },
          "levels": { "spacing": "LinearInConductance", "count": { "value": 4, "assumption": "a" } },
          "programmingErrorRelativeSigma": { "value": 0.05, "source": "s" },
          "deviceToDeviceRelativeSigma": { "value": 0, "assumption": "a" },
          "readNoiseRelativeSigma": { "value": 0, "assumption": "a" },
          "drift": { "model": "None", "assumption": "a" },
          "read": { "voltageVolts": { "value": 0.5, "source": "s" }, "pulseWidthSeconds": { "value": 1e-7, "assumption": "a" } },
          "cellAreaSquareMeters": { "value": 1e-12, "assumption": "a" },
          "ivModel": { "kind": "Static" },
          "cell": { "kind": "Passive" }
        }
        """;

    [Fact]
    public void Parse_DuplicateKey_IsNamedWithTheFile()
    {
        var json = Valid.Replace("\"name\": \"test-card\",", "\"name\": \"test-card\", \"name\": \"other-card\",", StringComparison.Ordinal);

        var result = DeviceCardReader.Parse(json, File, ".");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(CardDiagnosticCode.DuplicateField, diagnostic.Code);
        Assert.Equal("$.name", diagnostic.JsonPath);
        Assert.Equal(File, diagnostic.File);
        Assert.Contains("duplicate key 'name'", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Card);
    }

    public static TheoryData<string, string, CardDiagnosticCode, string> Cases => new()
    {
        { "unknown top-level field", """{"colour": "red"}""", CardDiagnosticCode.UnknownField, "$.colour" },
        { "unknown nested field", """{"read": {"voltageVolts": {"value": 0.5, "source": "s"}, "pulseWidthSeconds": {"value": 1e-7, "source": "s"}, "durationSeconds": {"value": 1, "source": "s"}}}""", CardDiagnosticCode.UnknownField, "$.read.durationSeconds" },
        { "unknown field in a number", """{"cellAreaSquareMeters": {"value": 1e-12, "source": "s", "unit": "m2"}}""", CardDiagnosticCode.UnknownField, "$.cellAreaSquareMeters.unit" },
        { "missing required field", """{"read": null}""", CardDiagnosticCode.MissingField, "$.read" },
        { "missing value", """{"cellAreaSquareMeters": {"source": "s"}}""", CardDiagnosticCode.MissingField, "$.cellAreaSquareMeters.value" },
        { "negative resistance", """{"conductanceRange": {"ronOhms": {"value": -5, "source": "s"}, "roffOhms": {"value": 10000, "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.conductanceRange.ronOhms.value" },
        { "Gmin equal to Gmax", """{"conductanceRange": {"gminSiemens": {"value": 1e-4, "source": "s"}, "gmaxSiemens": {"value": 1e-4, "source": "s"}}}""", CardDiagnosticCode.Inconsistent, "$.conductanceRange.gminSiemens" },
        { "Ron above Roff", """{"conductanceRange": {"ronOhms": {"value": 20000, "source": "s"}, "roffOhms": {"value": 10000, "source": "s"}}}""", CardDiagnosticCode.Inconsistent, "$.conductanceRange.ronOhms" },
        { "both range forms", """{"conductanceRange": {"ronOhms": {"value": 1000, "source": "s"}, "gmaxSiemens": {"value": 1e-3, "source": "s"}}}""", CardDiagnosticCode.Inconsistent, "$.conductanceRange" },
        { "NaN", """{"conductanceRange": {"ronOhms": {"value": 1000, "source": "s"}, "roffOhms": {"value": "NaN", "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.conductanceRange.roffOhms.value" },
        { "levels below 2", """{"levels": {"spacing": "LinearInConductance", "count": {"value": 1, "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.levels.count" },
        { "fractional level count", """{"levels": {"spacing": "LinearInConductance", "count": {"value": 2.5, "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.levels.count" },
        { "level table not monotonic", """{"levels": {"spacing": "Table", "conductancesSiemens": {"values": [1e-4, 5e-4, 3e-4, 1e-3], "source": "s"}}}""", CardDiagnosticCode.Inconsistent, "$.levels.conductancesSiemens.values[2]" },
        { "level table of one", """{"levels": {"spacing": "Table", "conductancesSiemens": {"values": [1e-4], "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.levels.conductancesSiemens.values" },
        { "level table outside range", """{"levels": {"spacing": "Table", "conductancesSiemens": {"values": [1e-4, 2e-3], "source": "s"}}}""", CardDiagnosticCode.Inconsistent, "$.levels.conductancesSiemens.values" },
        { "number without provenance", """{"cellAreaSquareMeters": {"value": 1e-12}}""", CardDiagnosticCode.Provenance, "$.cellAreaSquareMeters" },
        { "number with both provenances", """{"cellAreaSquareMeters": {"value": 1e-12, "source": "s", "assumption": "a"}}""", CardDiagnosticCode.Provenance, "$.cellAreaSquareMeters" },
        { "bare number", """{"cellAreaSquareMeters": 1e-12}""", CardDiagnosticCode.WrongType, "$.cellAreaSquareMeters" },
        { "unknown enum name", """{"ivModel": {"kind": "Yakopcic"}}""", CardDiagnosticCode.UnknownName, "$.ivModel.kind" },
        { "enum as integer", """{"cell": {"kind": 1}}""", CardDiagnosticCode.WrongType, "$.cell.kind" },
        { "sigma negative", """{"readNoiseRelativeSigma": {"value": -0.1, "source": "s"}}""", CardDiagnosticCode.OutOfRange, "$.readNoiseRelativeSigma.value" },
        { "fault fraction above 1", """{"stuckAt": {"lrsFaultFraction": {"value": 1.5, "source": "s"}}}""", CardDiagnosticCode.OutOfRange, "$.stuckAt.lrsFaultFraction.value" },
        { "missing process card", """{"cell": {"kind": "OneTransistorOneMemristor", "accessTransistor": {"polarity": "Nmos", "widthMeters": {"value": 1e-6, "source": "s"}, "lengthMeters": {"value": 1.8e-7, "source": "s"}, "gateVoltageVolts": {"value": 1.5, "source": "s"}, "process": "no-such-process.json"}}}""", CardDiagnosticCode.Reference, "$.cell.accessTransistor.process" },
        { "wrong format", """{"format": "something-else"}""", CardDiagnosticCode.UnknownName, "$.format" },
    };

    [Fact]
    public void Parse_ValidBase_IsValid()
    {
        var result = DeviceCardReader.Parse(Valid, File, RepositoryPaths.DeviceCards);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(4, Assert.IsType<MemristorCard>(result.Card).Levels.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_MalformedCard_ReportsNamedError(string scenario, string patch, CardDiagnosticCode code, string path)
    {
        var result = DeviceCardReader.Parse(Patch(patch), File, RepositoryPaths.DeviceCards);

        Assert.False(result.IsValid, scenario);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.JsonPath == path && d.File == File);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GetCardOrThrow_MalformedCard_MessageNamesFileAndField(string scenario, string patch, CardDiagnosticCode code, string path)
    {
        var result = DeviceCardReader.Parse(Patch(patch), File, RepositoryPaths.DeviceCards);

        var exception = Assert.Throws<DeviceCardException>(() => result.GetCardOrThrow());
        Assert.Contains(File, exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.Diagnostics, d => d.Code == code && d.JsonPath == path);
        Assert.False(string.IsNullOrEmpty(scenario));
    }

    /// <summary>Patches and every diagnostic they give, to the letter (code, file, path and message).</summary>
    public static TheoryData<string, string> Messages => new()
    {
        { "{\"colour\": \"red\"}", "bad-card.json: field '$.colour': DC002 unknown field 'colour' (allowed here: cell, cellAreaSquareMeters, citation, conductanceRange, deviceToDeviceRelativeSigma, drift, format, ivModel, kind, levels, name, notes, programmingErrorRelativeSigma, read, readNoiseRelativeSigma, stuckAt, title)" },
        { "{\"cellAreaSquareMeters\": \"big\"}", "bad-card.json: field '$.cellAreaSquareMeters': DC004 expected an object, found the string 'big'" },
        { "{\"read\": null}", "bad-card.json: field '$.read': DC003 required field 'read' is missing" },
        { "{\"title\": \"\"}", "bad-card.json: field '$.title': DC004 expected a non-empty string, found the string ''" },
        { "{\"title\": 5}", "bad-card.json: field '$.title': DC004 expected a non-empty string, found the number 5" },
        { "{\"notes\": [\"a\", 1]}", "bad-card.json: field '$.notes': DC004 expected an array of strings, found an array" },
        { "{\"cellAreaSquareMeters\": {\"value\": 1e-12, \"source\": \"\"}}", "bad-card.json: field '$.cellAreaSquareMeters.source': DC004 expected a non-empty string, found the string ''" },
        { "{\"cellAreaSquareMeters\": {\"value\": 1e-12, \"assumption\": true}}", "bad-card.json: field '$.cellAreaSquareMeters.assumption': DC004 expected a non-empty string, found true" },
        { "{\"ivModel\": {\"kind\": \"X\"}}", "bad-card.json: field '$.ivModel.kind': DC008 expected one of Static, Vteam, LinearIonDrift, Threshold (by name), found the string 'X'" },
        { "{\"drift\": []}", "bad-card.json: field '$.drift': DC004 expected an object, found an array" },
        { "{\"cellAreaSquareMeters\": {\"value\": \"NaN\", \"source\": \"s\"}}", "bad-card.json: field '$.cellAreaSquareMeters.value': DC005 expected a finite number, found the string 'NaN' (NaN and infinity are not allowed)" },
        { "{\"levels\": {\"spacing\": \"Table\", \"conductancesSiemens\": {\"values\": \"x\", \"source\": \"s\"}}}", "bad-card.json: field '$.levels.conductancesSiemens.values': DC004 expected an array of numbers\nbad-card.json: field '$.levels.conductancesSiemens.values': DC005 a level table needs at least 2 levels, found 0" },
        { "{\"levels\": {\"spacing\": \"Table\", \"conductancesSiemens\": {\"source\": \"s\"}}}", "bad-card.json: field '$.levels.conductancesSiemens.values': DC003 expected an array of numbers\nbad-card.json: field '$.levels.conductancesSiemens.values': DC005 a level table needs at least 2 levels, found 0" },
        { "{\"cellAreaSquareMeters\": {\"source\": \"s\"}}", "bad-card.json: field '$.cellAreaSquareMeters.value': DC003 required field 'value' is missing" },
        { "{\"cellAreaSquareMeters\": {\"value\": null, \"source\": \"s\"}}", "bad-card.json: field '$.cellAreaSquareMeters.value': DC004 expected a finite number, found null" },
        { "{\"cellAreaSquareMeters\": {\"value\": 1, \"source\": \"s\", \"assumption\": \"a\"}}", "bad-card.json: field '$.cellAreaSquareMeters': DC007 give either \"source\" or \"assumption\", not both" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Parse_MalformedCard_GivesTheExactMessages(string patch, string expected)
    {
        var result = DeviceCardReader.Parse(Patch(patch), File, RepositoryPaths.DeviceCards);

        Assert.Equal(expected, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var text = Patch("""{"colour": "red", "cellAreaSquareMeters": {"value": -1, "source": "s"}, "readNoiseRelativeSigma": {"value": 0}}""");

        var result = DeviceCardReader.Parse(text, File, RepositoryPaths.DeviceCards);

        Assert.Equal(3, result.Diagnostics.Count);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLine()
    {
        var result = DeviceCardReader.Parse("{\n  \"format\": \"crossbarspice-device-card/1\",\n  \"kind\": \n}", File, RepositoryPaths.DeviceCards);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(CardDiagnosticCode.InvalidJson, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal("DC001", diagnostic.CodeText);
    }

    [Fact]
    public void Parse_GminGmaxForm_SetsRonRoff()
    {
        var text = Patch("""{"conductanceRange": {"gminSiemens": {"value": 1e-4, "source": "s"}, "gmaxSiemens": {"value": 1e-3, "source": "s"}}}""");

        var card = Assert.IsType<MemristorCard>(DeviceCardReader.Parse(text, File, RepositoryPaths.DeviceCards).GetCardOrThrow());

        Assert.Equal(1000, card.RonOhms, 9);
        Assert.Equal(10000, card.RoffOhms, 9);
    }

    [Fact]
    public void Parse_MeasuredTable_KeepsLevels()
    {
        var text = Patch("""{"levels": {"spacing": "Table", "conductancesSiemens": {"values": [1e-4, 2e-4, 6e-4, 1e-3], "source": "measured"}}}""");

        var card = Assert.IsType<MemristorCard>(DeviceCardReader.Parse(text, File, RepositoryPaths.DeviceCards).GetCardOrThrow());

        Assert.Equal(LevelSpacing.Table, card.Levels.Spacing);
        Assert.Equal([1e-4, 2e-4, 6e-4, 1e-3], card.Levels.ConductancesSiemens);
        Assert.Equal(ProvenanceKind.Source, card.Provenance["$.levels.conductancesSiemens"].Kind);
    }

    private static string Patch(string patch)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject().ToList())
        {
            if (value is null)
            {
                root.Remove(name);
            }
            else
            {
                root[name] = value.DeepClone();
            }
        }

        return root.ToJsonString();
    }
}
