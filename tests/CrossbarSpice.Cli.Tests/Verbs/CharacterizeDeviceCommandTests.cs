using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar characterize-device</c>.</summary>
public sealed class CharacterizeDeviceCommandTests
{
    [Fact]
    public void CharacterizeDevice_VteamCard_WritesPinchedLoopCsvAndPlots()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("vteam");

        var run = CliRun.Start("characterize-device", "device-cards/vteam-seed001.json", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in new[] { "iv.csv", "iv.png", "state.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing\n{run}");
        }

        var png = File.ReadAllBytes(Path.Combine(output, "iv.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        var header = File.ReadLines(Path.Combine(output, "iv.csv")).First();
        Assert.Contains("time", header, StringComparison.Ordinal);
        Assert.Contains("pinch", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CharacterizeDevice_MalformedCard_ExitsOneNamingFieldAndWritesNothing()
    {
        using var scratch = new ScratchDirectory();
        var card = scratch.Combine("bad.json");
        File.WriteAllText(card, "{ \"kind\": \"memristor\", \"name\": \"x\" }");
        var output = scratch.Combine("out");

        var run = CliRun.Start("characterize-device", card, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bad.json", run.Errors, StringComparison.Ordinal);
        Assert.Contains("field", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
