using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CsvHelper;

namespace CrossbarSpice.Mapping.Plans;

/// <summary>Reads a plan written by <see cref="ConductancePlanWriter"/>, checking every file against plan.json.</summary>
public static class ConductancePlanReader
{
    /// <summary>Reads the plan in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">A file is missing, malformed or inconsistent; the message names it.</exception>
    public static ConductancePlan Read(string directory)
    {
        var jsonPath = Path.Combine(directory, "plan.json");
        var document = ProjectJson.ReadFile<PlanDocument>(jsonPath, "conductance plan");
        if (document.Format != PlanDocument.CurrentFormat)
        {
            throw new InputException(new SourceLocation(jsonPath, Field: "format"), $"expected '{PlanDocument.CurrentFormat}', found '{document.Format}'");
        }

        var levels = document.Device.LevelsSiemens is { } list ? new ConductanceLevels(LevelSpacing.Table, [.. list]) : null;
        var device = new DeviceRange(document.Device.GminSiemens, document.Device.GmaxSiemens, levels);
        var layers = document.Layers.Select(layer => new LayerPlan(
            layer.Name,
            layer.Layout,
            layer.MaxTileRows,
            layer.MaxTileColumns,
            layer.Tiles.Select(tile => ReadTile(directory, tile)).ToList(),
            layer.Compensation,
            layer.TileChoice)).ToList();
        return new ConductancePlan(document.Seed, document.DeviceCard, device, document.NonIdealities, layers);
    }

    private static TilePlan ReadTile(string directory, TileDocument tile)
    {
        var block = tile.Block;
        var path = Path.Combine(directory, tile.Conductances);
        var values = ReadMatrix(path, block.RowCount, block.ColumnCount);
        var faults = new DeviceFault[values.Length];
        if (tile.Faults is { } faultFile)
        {
            ReadFaults(Path.Combine(directory, faultFile), block.ColumnCount, faults);
        }

        var count = faults.Count(f => f != DeviceFault.None);
        if (count != tile.FaultCount)
        {
            throw new InputException(new SourceLocation(path, Field: "faultCount"), $"plan.json says {tile.FaultCount} faulty devices, the fault table lists {count}");
        }

        var target = tile.Target is { } targetFile
            ? new ConductanceMatrix(block.RowCount, block.ColumnCount, ReadMatrix(Path.Combine(directory, targetFile), block.RowCount, block.ColumnCount))
            : null;
        return new TilePlan(block, new ProgrammedArray(new ConductanceMatrix(block.RowCount, block.ColumnCount, values), faults), target);
    }

    private static double[] ReadMatrix(string path, int rows, int columns)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "conductance table named in plan.json not found");
        }

        var values = new double[rows * columns];
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, ConductancePlanWriter.Csv);
        var row = 0;
        while (csv.Read())
        {
            if (row >= rows || csv.Parser.Count != columns)
            {
                throw new InputException(new SourceLocation(path, row + 1), $"expected {rows} lines of {columns} conductances");
            }

            for (var c = 0; c < columns; c++)
            {
                var text = csv.GetField(c) ?? string.Empty;
                if (!InvariantNumber.TryParse(text, out var g) || g < 0)
                {
                    throw new InputException(new SourceLocation(path, row + 1, c + 1), $"expected a conductance ≥ 0 S, found '{text}'");
                }

                values[(row * columns) + c] = g;
            }

            row++;
        }

        if (row != rows)
        {
            throw new InputException(new SourceLocation(path), $"expected {rows} lines, found {row}");
        }

        return values;
    }

    private static void ReadFaults(string path, int columns, DeviceFault[] faults)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "fault table named in plan.json not found");
        }

        foreach (var row in CsvRows.ReadFile(path).Skip(1))
        {
            var cells = row.Fields;
            if (cells.Count != 3 || !int.TryParse(cells[0], out var r) || !int.TryParse(cells[1], out var c) ||
                (r * columns) + c >= faults.Length || c >= columns || cells[2] is not ("stuck-at-lrs" or "stuck-at-hrs"))
            {
                throw new InputException(new SourceLocation(path, row.Line), $"expected 'row,column,stuck-at-lrs|stuck-at-hrs', found '{row.Raw}'");
            }

            faults[(r * columns) + c] = cells[2] == "stuck-at-lrs" ? DeviceFault.StuckAtLrs : DeviceFault.StuckAtHrs;
        }
    }
}
