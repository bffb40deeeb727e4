using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// SIGINT (Ctrl-C) and SIGKILL at seeded points of <c>compile-weights</c>, <c>cosim</c> and <c>sweep</c>, each followed by
/// the same command again: what the signal left is only complete files (compile: the output folder absent or whole;
/// cosim and sweep: whole rows of the resumable progress file and complete tables), temporary files only after SIGKILL,
/// and the rerun writes exactly the bytes of an uninterrupted run and removes every temporary. Points: even ones at a
/// seeded fraction of the uninterrupted run's time, odd ones (cosim, sweep) as soon as the progress file holds a
/// seeded number of rows, so the signal lands between two finished units of work.
/// </summary>
public sealed class InterruptedRunTests(BcuSmallDesign design, ITestOutputHelper output) : IClassFixture<BcuSmallDesign>
{
    [Theory]
    [InlineData("compile-weights", "SIGINT")]
    [InlineData("compile-weights", "SIGKILL")]
    [InlineData("cosim", "SIGINT")]
    [InlineData("cosim", "SIGKILL")]
    [InlineData("sweep", "SIGINT")]
    [InlineData("sweep", "SIGKILL")]
    public void Verb_SignalAtSeededPoints_RerunWritesTheUninterruptedBytesAndNothingHalfWritten(string verb, string signal)
    {
        using var scratch = new ScratchDirectory();
        var (arguments, progressFile) = design.Command(verb);
        var killed = signal == "SIGKILL";
        var (expected, duration, rows) = design.Reference(verb);
        var random = new Random(FaultSettings.SeedFor($"{verb} {signal}"));

        for (var point = 0; point < FaultSettings.Points; point++)
        {
            var folder = scratch.Combine($"run-{point}");
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, "out");
            var byProgress = point % 2 == 1 && rows >= 2;
            var delay = duration * (0.05 + (0.9 * random.NextDouble()));
            var atRow = 1 + random.Next(Math.Max(1, rows - 1));
            var when = Stopwatch.StartNew();
            CliRun signalled;
            using (var process = CliProcess.Start([.. arguments, "--out", target]))
            {
                if (byProgress)
                {
                    WaitForRows(process, folder, progressFile, atRow);
                }
                else
                {
                    Thread.Sleep(delay);
                }

                var at = when.Elapsed;
                if (killed)
                {
                    process.KillHard();
                }
                else
                {
                    process.Interrupt();
                }

                signalled = process.Wait(TimeSpan.FromMinutes(2));
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{verb} {signal} point {point}: {(byProgress ? $"at {atRow} of {rows} progress row(s)" : $"at {at.TotalSeconds:F2} s")} of an uninterrupted {duration.TotalSeconds:F2} s: exit {signalled.ExitCode}, {Count(folder)} file(s) left"));
            }

            Assert.True(signalled.ExitCode is 0 or 130 or 137, signalled.ToString());
            if (signalled.ExitCode == 1 || signalled.Errors.Contains("Unhandled exception", StringComparison.Ordinal))
            {
                Assert.Fail(signalled.ToString());
            }

            var problems = expected.ProblemsAfterInterrupt(folder, killed, atomicFolder: verb == "compile-weights");
            Assert.True(problems.Count == 0, $"{verb} {signal} point {point}:\n{string.Join('\n', problems)}\n{signalled}");

            var rerun = CliRun.Start([.. arguments, "--out", target]);

            Assert.True(rerun.ExitCode == 0, rerun.ToString());
            Assert.True(expected.SameAs(target), $"{verb} {signal} point {point}: the resumed output differs from the uninterrupted run's: {expected.Difference(target)}");
            Assert.Equal([target], Directory.GetFileSystemEntries(folder));
        }
    }

    /// <summary>Waits until the progress file (wherever under <paramref name="folder"/> the verb keeps it) holds
    /// <paramref name="rows"/> complete rows below its header, or the process ends.</summary>
    private static void WaitForRows(CliProcess process, string folder, string progressFile, int rows)
    {
        while (!process.HasExited)
        {
            foreach (var file in Directory.EnumerateFiles(folder, progressFile, SearchOption.AllDirectories))
            {
                try
                {
                    if (File.ReadAllText(file).Count(c => c == '\n') - 1 >= rows)
                    {
                        return;
                    }
                }
                catch (IOException)
                {
                    // Moved or replaced while read: look again.
                }
            }

            Thread.Sleep(5);
        }
    }

    private static int Count(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
}
