using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>
/// Writes a plan as <c>plan.json</c> plus, per tile, <c>&lt;layer&gt;/&lt;tile&gt;.csv</c> (conductances in S,
/// one line per array row, round-trip exact), when it has faulty devices <c>&lt;tile&gt;-faults.csv</c>, and when it is
/// IR-drop compensated <c>&lt;tile&gt;-target.csv</c> (the conductances the mapped level reads).
/// </summary>
public static class ConductancePlanWriter
{
    internal static CsvConfiguration Csv => CsvDialect.Headerless;

    /// <summary>Writes <paramref name="plan"/> into <paramref name="directory"/> (created if needed).</summary>
    public static void Write(ConductancePlan plan, string directory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(directory);
        var layers = new List<LayerDocument>();
        foreach (var layer in plan.Layers)
        {
            Directory.CreateDirectory(Path.Combine(directory, layer.Name));
            var tiles = new List<TileDocument>();
            foreach (var tile in layer.Tiles)
            {
                var matrixFile = $"{layer.Name}/{tile.Block.Name}.csv";
                WriteMatrix(tile.Programmed.Conductances, Path.Combine(directory, matrixFile));
                string? faultFile = null;
                if (tile.Programmed.FaultCount > 0)
                {
                    faultFile = $"{layer.Name}/{tile.Block.Name}-faults.csv";
                    WriteFaults(tile.Programmed, Path.Combine(directory, faultFile));
                }

                string? targetFile = null;
                if (tile.Target is { } target)
                {
                    targetFile = $"{layer.Name}/{tile.Block.Name}-target.csv";
                    WriteMatrix(target, Path.Combine(directory, targetFile));
                }

                tiles.Add(new TileDocument(tile.Block.Name, tile.Block, matrixFile, faultFile, tile.Programmed.FaultCount, targetFile));
            }

            layers.Add(new LayerDocument(layer.Name, layer.Layout, layer.MaxTileRows, layer.MaxTileColumns, tiles, layer.Compensation, layer.TileChoice));
        }

        var levels = plan.Device.Levels?.ConductancesSiemens.ToArray();
        var document = new PlanDocument(
            PlanDocument.CurrentFormat,
            plan.Seed,
            plan.DeviceCard,
            new DeviceDocument(plan.Device.GminSiemens, plan.Device.GmaxSiemens, levels),
            plan.NonIdealities,
            layers);
        File.WriteAllText(Path.Combine(directory, "plan.json"), ProjectJson.Serialize(document));
    }

    private static void WriteMatrix(ConductanceMatrix matrix, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, Csv);
        for (var r = 0; r < matrix.Rows; r++)
        {
            for (var c = 0; c < matrix.Columns; c++)
            {
                csv.WriteField(InvariantNumber.Format(matrix[r, c]));
            }

            csv.NextRecord();
        }
    }

    private static void WriteFaults(ProgrammedArray array, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, Csv);
        csv.WriteField("row");
        csv.WriteField("column");
        csv.WriteField("fault");
        csv.NextRecord();
        var columns = array.Conductances.Columns;
        for (var i = 0; i < array.Faults.Count; i++)
        {
            if (array.Faults[i] == DeviceFault.None)
            {
                continue;
            }

            csv.WriteField(InvariantNumber.Format(i / columns));
            csv.WriteField(InvariantNumber.Format(i % columns));
            csv.WriteField(array.Faults[i] == DeviceFault.StuckAtLrs ? "stuck-at-lrs" : "stuck-at-hrs");
            csv.NextRecord();
        }
    }
}
