using System.Text.RegularExpressions;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// Every README command block that shows what it prints ("prints" and a code block after a bash block) is run, and
/// its last command's standard output is compared line by line with the README's, numbers masked (timings and
/// measured values vary; words, names, units and layout must not). The commands run in a scratch folder where
/// netlists/examples and device-cards are links to the repository's, so the outputs they write stay out of it.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    /// <summary>README blocks not run here, by their last command's verb, each with the reason.</summary>
    private static readonly Dictionary<string, string> Long = new(StringComparer.Ordinal)
    {
        ["report energy"] = "compiles the BCU and runs its periphery benches in ngspice: about a minute on 2 cores; ReportCommandTests covers the verb on small designs",
        ["sweep"] = "10,000 Fashion-MNIST images × 12 points; SweepCommandTests covers the verb on small sweeps",
    };

    public static TheoryData<int> CheapBlocks()
    {
        var data = new TheoryData<int>();
        foreach (var (block, index) in Blocks().Select((b, i) => (b, i)))
        {
            if (SkipReason(block) is null)
            {
                data.Add(index);
            }
        }

        return data;
    }

    [Fact]
    public void Readme_EveryPrintedOutputBlock_IsRunOrSkippedForAStatedReason()
    {
        var blocks = Blocks();

        // The README shows the printed output of compile-weights, simulate, characterize-device, report energy and sweep.
        Assert.True(blocks.Count >= 5, $"found {blocks.Count} command blocks with printed output");
        Assert.True(CheapBlocks().Count >= 3, "at least three blocks run");
        Assert.All(blocks, b => Assert.StartsWith("./crossbar ", b.Commands[^1], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CheapBlocks))]
    public void Readme_CommandBlock_PrintsWhatTheReadmeShows(int index)
    {
        var block = Blocks()[index];
        using var scratch = new ScratchDirectory();
        Directory.CreateDirectory(scratch.Combine("netlists"));
        Directory.CreateSymbolicLink(scratch.Combine("netlists", "examples"), Path.Combine(CliRun.RepositoryRoot, "netlists", "examples"));
        Directory.CreateSymbolicLink(scratch.Combine("device-cards"), Path.Combine(CliRun.RepositoryRoot, "device-cards"));

        CliRun? last = null;
        foreach (var command in block.Commands)
        {
            last = CliRun.StartIn(scratch.Path, [.. Arguments(command)]);
            Assert.True(last.ExitCode == 0, $"{command}\n{last}");
        }

        var printed = Lines(last!.Output);
        var shown = Lines(block.Printed);
        Assert.True(shown.Count == printed.Count, $"{block.Commands[^1]}: README shows {shown.Count} line(s), the command printed {printed.Count}:\n{last.Output}");
        for (var k = 0; k < shown.Count; k++)
        {
            Assert.True(Mask(shown[k]) == Mask(printed[k]), $"{block.Commands[^1]}, line {k + 1}:\n README: {shown[k]}\n printed: {printed[k]}");
        }
    }

    private static string? SkipReason(ReadmeBlock block)
    {
        var command = block.Commands[^1]["./crossbar ".Length..];
        return Long.FirstOrDefault(p => command.StartsWith(p.Key + " ", StringComparison.Ordinal)).Value;
    }

    /// <summary>The README's command blocks followed by "prints" and the printed text.</summary>
    private static List<ReadmeBlock> Blocks()
    {
        var text = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        return [.. PrintedBlock().Matches(text).Select(m => new ReadmeBlock(
            [.. m.Groups["commands"].Value.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))],
            m.Groups["printed"].Value))];
    }

    /// <summary>A command line split as a POSIX shell would for the simple lines the README uses (words, double quotes).</summary>
    private static IEnumerable<string> Arguments(string command)
    {
        var words = Word().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.Equal("./crossbar", words[0]);
        return words.Skip(1);
    }

    private static List<string> Lines(string text) => [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];

    private static string Mask(string line) => Number().Replace(line, "#");

    [GeneratedRegex(@"```bash\n(?<commands>(?:(?!```).*\n)+?)```\nprints[^\n]*\n```\n(?<printed>(?:(?!```).*\n)*?)```")]
    private static partial Regex PrintedBlock();

    [GeneratedRegex(@"""([^""]*)""|(\S+)")]
    private static partial Regex Word();

    [GeneratedRegex(@"[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")]
    private static partial Regex Number();

    private sealed record ReadmeBlock(IReadOnlyList<string> Commands, string Printed);
}
