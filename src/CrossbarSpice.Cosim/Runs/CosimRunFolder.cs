using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// Where a cosim run writes while it runs. A new run works in <c>&lt;out&gt;.partial</c> (progress file and all) and
/// moves it to <c>&lt;out&gt;</c> when its tables are written, so <c>&lt;out&gt;</c> appears only complete; a run that
/// stops before finishing a batch removes the folder it created, an interrupted one leaves <c>.partial</c> for the
/// rerun to resume. An existing <c>&lt;out&gt;</c> (an earlier finished run, or a folder the user made) is resumed and
/// rewritten in place.
/// </summary>
public sealed class CosimRunFolder
{
    private readonly string given;
    private bool created;

    private CosimRunFolder(string given, string outFull, string work)
    {
        this.given = given;
        Out = outFull;
        Work = work;
    }

    /// <summary>The output folder (full path).</summary>
    public string Out { get; }

    /// <summary>The folder the run writes into until it completes: <see cref="Out"/> or <c>&lt;out&gt;.partial</c>.</summary>
    public string Work { get; }

    /// <summary>The progress folder a run of <paramref name="outDirectory"/> uses (for messages): the output folder
    /// when it exists, else its <c>.partial</c> sibling.</summary>
    public static string WorkFolder(string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(outDirectory);
        var full = Path.TrimEndingDirectorySeparator(outDirectory);
        return Directory.Exists(full) ? full : full + ".partial";
    }

    /// <summary>Chooses the working folder of <paramref name="outDirectory"/> without creating anything.</summary>
    /// <exception cref="InputException">The path is a file or not a valid path.</exception>
    public static CosimRunFolder Open(string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(outDirectory);
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDirectory));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(new SourceLocation(outDirectory, Field: nameof(CosimRequest.OutDirectory)), $"the output folder is not a valid path: {exception.Message}", exception);
        }

        if (File.Exists(full))
        {
            throw new InputException(new SourceLocation(outDirectory, Field: nameof(CosimRequest.OutDirectory)), $"the output folder '{full}' is a file; expected a folder (or a path where one can be created)");
        }

        return new CosimRunFolder(outDirectory, full, Directory.Exists(full) ? full : full + ".partial");
    }

    /// <summary>Creates the working folder when missing (remembering that this run created it).</summary>
    /// <exception cref="InputException">It cannot be created (a file on the way, no permission…).</exception>
    public void Create()
    {
        created = !Directory.Exists(Work);
        OutputFolder.Create(Work == Out ? given : given + ".partial");
    }

    /// <summary>After a failure: removes the working folder when this run created it and wrote no sample into it.</summary>
    public void Abandon(bool anySampleWritten)
    {
        if (created && !anySampleWritten && Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }

    /// <summary>Moves the finished working folder into place as the output folder.</summary>
    /// <exception cref="InputException">The move is refused by the file system.</exception>
    public void Complete()
    {
        if (Work == Out)
        {
            return;
        }

        try
        {
            Directory.Move(Work, Out);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw OutputFolder.Refused(given, Out, "output folder", exception);
        }
    }
}
