using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// The run folder: created only when the first unit has finished (by one move of a folder already holding
/// <c>sweep.json</c> and that unit's row), so a sweep that fails or is interrupted before leaves nothing; an existing
/// folder is resumed when it holds this sweep and refused when it holds another.
/// </summary>
internal sealed class SweepRunFolder
{
    private readonly string path;
    private readonly SweepDocument document;

    /// <summary>The run folder <paramref name="path"/> of the sweep <paramref name="document"/>; checked and, when it
    /// exists, claimed (resumed) at once, before any unit is computed.</summary>
    /// <exception cref="InputException">The path cannot be a folder, or the folder exists and holds another sweep or a
    /// progress file without its document.</exception>
    public SweepRunFolder(string path, SweepDocument document)
    {
        this.path = path;
        this.document = document;
        OutputFolder.Check(path);
        Exists = Directory.Exists(path);
        if (Exists)
        {
            Claim();
        }
    }

    /// <summary>True once the folder is there.</summary>
    public bool Exists { get; private set; }

    /// <summary>Appends finished units to the progress file, creating the folder with them the first time.</summary>
    public void Record(SweepProgressFile file, SweepSpec spec, IReadOnlyList<SweepUnitResult> results)
    {
        if (Exists)
        {
            foreach (var result in results)
            {
                file.Append(result);
            }

            return;
        }

        AtomicOutput.WriteDirectory(path, temporary =>
        {
            File.WriteAllText(Path.Combine(temporary, SweepDocument.FileName), document.ToJson());
            var first = new SweepProgressFile(temporary, spec);
            first.Rewrite(results);
        });
        Exists = true;
    }

    private void Claim()
    {
        var documentPath = Path.Combine(path, SweepDocument.FileName);
        var json = document.ToJson();
        if (File.Exists(documentPath))
        {
            if (File.ReadAllText(documentPath) != json)
            {
                throw new InputException(new SourceLocation(documentPath, Field: nameof(SweepRequest.OutDirectory)), "this run folder holds another sweep (other design, data, level, values, seeds or shard); use another output folder or delete this one");
            }

            return;
        }

        if (File.Exists(Path.Combine(path, SweepProgressFile.FileName)))
        {
            throw new InputException(new SourceLocation(Path.Combine(path, SweepProgressFile.FileName), Field: nameof(SweepRequest.OutDirectory)), $"progress of a sweep without its {SweepDocument.FileName}; use another output folder or delete this one");
        }

        AtomicOutput.WriteText(documentPath, json);
    }
}
