using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// Reads a labelled data set file, choosing the reader by the file's extension: <c>.npz</c> (<see cref="NpzDataSet"/>),
/// <c>.csv</c> (<see cref="CsvDataSet"/>), an IDX sample file (<c>.idx</c>, <c>-ubyte</c>, optionally <c>.gz</c>;
/// <see cref="IdxDataSet"/>) with its label file. docs/data.md describes the formats.
/// </summary>
public static class DataSetReader
{
    /// <summary>The extensions read, for messages.</summary>
    public const string Formats = ".npz, .csv, or an IDX pair (.idx / -ubyte, optionally .gz, with its label file)";

    /// <summary>Reads <paramref name="path"/>; <paramref name="labelsPath"/> is the IDX label file (IDX only).</summary>
    /// <param name="path">The data file.</param>
    /// <param name="labelsPath">The label file of an IDX sample file; null for the other formats.</param>
    /// <param name="labelsField">The field that names the label file in errors (e.g. a command-line option).</param>
    /// <exception cref="InputException">Unknown extension, a missing or superfluous label file, or the reader's errors.</exception>
    public static LabelledSamples Read(string path, string? labelsPath = null, string labelsField = "labels")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "data file not found");
        }

        if (IdxDataSet.IsIdxName(path))
        {
            if (labelsPath is null)
            {
                throw new InputException(new SourceLocation(path, Field: labelsField), "an IDX sample file needs its label file");
            }

            return File.Exists(labelsPath)
                ? IdxDataSet.Read(path, labelsPath)
                : throw new InputException(new SourceLocation(labelsPath, Field: labelsField), "label file not found");
        }

        if (labelsPath is not null)
        {
            throw new InputException(new SourceLocation(labelsPath, Field: labelsField), $"a label file belongs to an IDX sample file; {Path.GetFileName(path)} holds its own labels");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".npz" => NpzDataSet.Read(path),
            ".csv" => CsvDataSet.Read(path),
            _ => throw new InputException(new SourceLocation(path), $"unknown data file type '{extension}'; expected {Formats}"),
        };
    }
}
