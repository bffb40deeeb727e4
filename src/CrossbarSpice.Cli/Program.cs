using CommandLine;
using CommandLine.Text;
using CrossbarSpice.Cli.Verbs;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cli;

/// <summary>Entry point: parses the verb, runs it, maps failures to exit codes and <c>Error: …</c> lines.</summary>
internal static class Program
{
    private static readonly Type[] Verbs = [typeof(CompileWeightsOptions), typeof(SimulateOptions), typeof(CharacterizeDeviceOptions), typeof(CharacterizeOptions), typeof(CosimOptions), typeof(CosimMergeOptions), typeof(ReportOptions), typeof(SweepOptions), typeof(SweepMergeOptions), typeof(GoldenOptions), typeof(LstmTransientOptions), typeof(ExportDecksOptions), typeof(TimingOptions)];

    private static int Main(string[] args)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.CaseInsensitiveEnumValues = true;
            settings.AutoHelp = true;
            settings.AutoVersion = true;
        });
        var parsed = parser.ParseArguments(args, Verbs);
        return parsed.MapResult(
            (CompileWeightsOptions options) => Execute(token => new CompileWeightsCommand(options).Run(token)),
            (SimulateOptions options) => Execute(token => new SimulateCommand(options).Run(token)),
            (CharacterizeDeviceOptions options) => Execute(token => new CharacterizeDeviceCommand(options).Run(token)),
            (CharacterizeOptions options) => Execute(token => new CharacterizeCommand(options).Run(token)),
            (CosimOptions options) => Execute(token => new CosimCommand(options).Run(token)),
            (CosimMergeOptions options) => Execute(token => new CosimMergeCommand(options).Run(token)),
            (ReportOptions options) => Execute(token => new ReportCommand(options).Run(token)),
            (SweepOptions options) => Execute(token => new SweepCommand(options).Run(token)),
            (SweepMergeOptions options) => Execute(token => new SweepMergeCommand(options).Run(token)),
            (GoldenOptions options) => Execute(token => new GoldenCommand(options).Run(token)),
            (LstmTransientOptions options) => Execute(token => new LstmTransientCommand(options).Run(token)),
            (ExportDecksOptions options) => Execute(token => new ExportDecksCommand(options).Run(token)),
            (TimingOptions options) => Execute(token => new TimingCommand(options).Run(token)),
            errors => ReportParseErrors(parsed, errors));
    }

    private static int Execute(Func<CancellationToken, int> verb)
    {
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        try
        {
            return verb(interrupt.Token);
        }
        catch (Exception exception) when (ExitCodeFor(exception) is { } code)
        {
            return code;
        }
    }

    /// <summary>
    /// Reports a failure the user can act on and returns its exit code; null for anything else (a bug: let it crash
    /// with its trace). Parallel loops (the staged levels' lanes, the sweep's points) wrap what a worker threw in an
    /// <see cref="AggregateException"/>: the first inner failure is reported as if it had been thrown directly, so a
    /// simulator timeout in one lane is an Error line and not a crash.
    /// </summary>
    private static int? ExitCodeFor(Exception exception)
    {
        switch (exception)
        {
            case AggregateException aggregate:
                return aggregate.Flatten().InnerExceptions is [var inner, ..] ? ExitCodeFor(inner) : null;
            case OperationCanceledException:
                Console.Error.WriteLine("Interrupted; no partial output was kept.");
                return ExitCodes.Interrupted;
            case CrossbarSpiceException known:
                Console.Error.WriteLine($"Error: {known.Message}");
                if ((known as SimulationException ?? known.InnerException as SimulationException) is { Log.Length: > 0 } failed)
                {
                    Console.Error.WriteLine(Environment.GetEnvironmentVariable("CROSSBARSPICE_VERBOSE") == "1"
                        ? failed.Log
                        : "(set CROSSBARSPICE_VERBOSE=1 to see everything ngspice printed)");
                }

                return ExitCodes.UserError;
            case IOException or UnauthorizedAccessException:
                Console.Error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.UserError;
            default:
                return null;
        }
    }

    private static int ReportParseErrors(ParserResult<object> parsed, IEnumerable<Error> errors)
    {
        var list = errors.ToList();
        var help = HelpText.AutoBuild(parsed, h =>
        {
            h.AddDashesToOption = true;
            h.AdditionalNewLineAfterOption = false;
            h.Heading = "crossbar — compile neural-network weights into memristive-crossbar SPICE netlists and simulate them";
            h.Copyright = string.Empty;
            return HelpText.DefaultParsingErrorsHandler(parsed, h);
        }, e => e, verbsIndex: true);
        if (list.IsHelp() || list.IsVersion())
        {
            Console.Out.WriteLine(help);
            return ExitCodes.Success;
        }

        Console.Error.WriteLine(help);
        var first = list.FirstOrDefault(e => e is not HelpRequestedError and not HelpVerbRequestedError);
        Console.Error.WriteLine($"Error: {Describe(first)}");
        return ExitCodes.UserError;
    }

    private static string Describe(Error? error) => error switch
    {
        BadVerbSelectedError bad => $"unknown verb '{bad.Token}'; see --help",
        NoVerbSelectedError => "no verb given; see --help",
        MissingRequiredOptionError { NameInfo.NameText.Length: 0 } => "a required argument is missing (see the usage above)",
        MissingRequiredOptionError missing => $"missing required option '--{missing.NameInfo.NameText}'",
        UnknownOptionError unknown => $"unknown option '{unknown.Token}'",
        BadFormatConversionError format => $"option '{format.NameInfo.NameText}' has a value of the wrong form",
        MissingValueOptionError missingValue => $"option '{missingValue.NameInfo.NameText}' needs a value",
        null => "invalid command line",
        _ => $"invalid command line ({error.Tag})",
    };
}
