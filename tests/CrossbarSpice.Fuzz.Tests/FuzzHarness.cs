using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>
/// Runs a reader on mutated seeds and checks the invariant: it returns (any problems it reports name the file) or
/// throws <see cref="CrossbarSpiceException"/> whose message names the file — never another exception type, never
/// longer than <see cref="FuzzSettings.CaseTimeout"/>.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>The file name every case is read as (so messages can be checked for it).</summary>
    public const string FileName = "fuzz-case.bin";

    /// <summary>Runs the cases; returns a one-line summary for the test output.</summary>
    /// <param name="reader">Name of the reader, for messages.</param>
    /// <param name="seeds">Seed files.</param>
    /// <param name="isText">Whether field mutations apply.</param>
    /// <param name="read">Reads one case (bytes, file name); returns the problems it reported without throwing
    /// (each must name the file), or none.</param>
    /// <param name="mutate">An extra format-aware mutation tried on some cases (e.g. inside an archive), or null.</param>
    /// <param name="fileName">The file name every case is read as and messages must name; default <see cref="FileName"/>.</param>
    /// <param name="cases">Number of cases; default <see cref="FuzzSettings.Cases"/>.</param>
    public static string Run(string reader, IReadOnlyList<byte[]> seeds, bool isText, Func<byte[], string, IEnumerable<string>> read, Func<Mutator, byte[], byte[]>? mutate = null, string fileName = FileName, int? cases = null)
    {
        var count = cases ?? FuzzSettings.Cases;
        var first = FuzzSettings.Seed;
        int accepted = 0, reported = 0, refused = 0;
        var failures = new List<string>();
        for (var k = 0; k < count; k++)
        {
            var seed = first + k;
            var mutator = new Mutator(seed);
            var original = seeds[k % seeds.Count];
            var bytes = mutate is not null && k % 2 == 1 ? mutate(mutator, original) : mutator.Mutate(original, isText);
            var outcome = RunOne(bytes, fileName, read);
            switch (outcome.Kind)
            {
                case Kind.Accepted:
                    accepted++;
                    break;
                case Kind.Reported:
                    reported++;
                    break;
                case Kind.Refused:
                    refused++;
                    break;
                default:
                    failures.Add($"case seed {seed.ToString(CultureInfo.InvariantCulture)} (from seed file {(k % seeds.Count).ToString(CultureInfo.InvariantCulture)}): {outcome.Detail}");
                    break;
            }
        }

        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{reader}: {count} case(s) from seed {first}: {accepted} read, {reported} read with reported problems, {refused} refused with the project's exception, {failures.Count} broke the invariant");
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(20)));
        return summary;
    }

    private static Outcome RunOne(byte[] bytes, string fileName, Func<byte[], string, IEnumerable<string>> read)
    {
        var task = Task.Run(() =>
        {
            try
            {
                var problems = read(bytes, fileName).ToList();
                var unnamed = problems.FirstOrDefault(p => !p.Contains(fileName, StringComparison.Ordinal));
                return unnamed is not null
                    ? new Outcome(Kind.Broken, $"a reported problem does not name the file: {unnamed}")
                    : new Outcome(problems.Count == 0 ? Kind.Accepted : Kind.Reported, null);
            }
            catch (CrossbarSpiceException exception)
            {
                return exception.Message.Contains(fileName, StringComparison.Ordinal)
                    ? new Outcome(Kind.Refused, null)
                    : new Outcome(Kind.Broken, $"{exception.GetType().Name} does not name the file: {exception.Message}");
            }
            catch (Exception exception)
            {
                return new Outcome(Kind.Broken, $"{exception.GetType().FullName}: {exception.Message}\n{Indent(exception.StackTrace)}");
            }
        });
        return task.Wait(FuzzSettings.CaseTimeout)
            ? task.Result
            : new Outcome(Kind.Broken, $"no answer within {FuzzSettings.CaseTimeout.TotalSeconds} s (hang)");
    }

    private static string Indent(string? text) =>
        new StringBuilder().AppendJoin('\n', (text ?? string.Empty).Split('\n').Take(6).Select(line => "    " + line.Trim())).ToString();

    private enum Kind
    {
        Accepted,
        Reported,
        Refused,
        Broken,
    }

    private readonly record struct Outcome(Kind Kind, string? Detail);
}
