using System.Globalization;
using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Cosim.Export;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar export-decks</c>: runs the chosen samples at the spice level and writes every deck it ran, ready for a
/// plain <c>ngspice -b</c> (<see cref="DeckExport"/>); progress on stderr, a summary on stdout.
/// </summary>
internal sealed class ExportDecksCommand
{
    private readonly ExportDecksOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public ExportDecksCommand(ExportDecksOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        options.SplitName();
        var data = options.Load();
        var request = new DeckExportRequest(options.Design, [.. options.Samples], options.Out);
        var result = OptionFields.Map(
            () => DeckExport.Write(request, data, new SynchronousProgress(line => Console.Error.WriteLine(line)), cancellationToken),
            (nameof(DeckExportRequest.Samples), "--samples"),
            (nameof(DeckExportRequest.OutDirectory), "--out"));
        Provenance.Write(options.Out, [options.Design, options.Data, options.Labels, options.Classes]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Decks} deck(s) with {result.Outputs} output value(s) and {result.LibraryFiles} library file(s) in {options.Out}; run them all with {Path.Combine(options.Out, DeckExport.ScriptFile)}"));
        return ExitCodes.Success;
    }
}
