using System.Diagnostics;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Netlist.Tests.Writing;

/// <summary>
/// The written catalog runs in the ngspice 39 CLI: exit code 0 and no "Error" in its output. In batch mode
/// (<c>-b</c>) ngspice runs <c>.dc</c>/<c>.tran</c> only when something consumes the results (<c>.print</c>,
/// <c>.meas</c> or a raw file), so the full deck is run with <c>-r</c>.
/// </summary>
public sealed class NgspiceAcceptanceTests
{
    [Fact]
    public void Write_CatalogWithOnlyOp_NgspiceRunsIt()
    {
        var output = RunCatalog(catalog => catalog.WithAnalyses([new OpAnalysis()]), rawFile: false);
        Assert.Contains("xout2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CatalogWithOpDcTranAndMeasure_NgspiceRunsAllIntoRawFile()
    {
        RunCatalog(catalog => catalog, rawFile: true);
    }

    [Fact]
    public void Write_CatalogWithTranAndMeasure_NgspiceReportsTheMeasurement()
    {
        var output = RunCatalog(catalog => catalog.WithAnalyses([new TranAnalysis(1e-9, 1e-7, 0, 1e-10, UseInitialConditions: true)]), rawFile: false);
        Assert.Contains("vavg", output, StringComparison.Ordinal);
    }

    private static string RunCatalog(Func<SpiceNetlist, SpiceNetlist> adapt, bool rawFile)
    {
        var root = Path.Combine(Path.GetTempPath(), $"crossbarspice-ngspice-{Guid.NewGuid():N}");
        try
        {
            // Include files live beside the "original" deck; the written deck sits elsewhere and finds them
            // through absolute paths, which checks WithIncludesResolved as well.
            var library = Path.Combine(root, "library");
            foreach (var (relative, content) in NetlistCatalog.IncludeFiles)
            {
                var file = Path.Combine(library, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content);
            }

            var deckDirectory = Directory.CreateDirectory(Path.Combine(root, "run")).FullName;
            var deck = Path.Combine(deckDirectory, "catalog.cir");
            var netlist = adapt(NetlistCatalog.Everything()).WithIncludesResolved(library);
            File.WriteAllText(deck, SpiceNetlistWriter.Write(netlist));

            var raw = rawFile ? Path.Combine(deckDirectory, "catalog.raw") : null;
            var (exitCode, output) = Run(deck, raw, deckDirectory);
            Assert.True(exitCode == 0, $"ngspice exit code {exitCode}:\n{output}");
            Assert.DoesNotContain("Error", output, StringComparison.Ordinal);
            if (raw is not null)
            {
                Assert.True(new FileInfo(raw).Length > 0, "ngspice wrote no raw data");
            }

            return output;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string deck, string? rawFile, string workingDirectory)
    {
        var start = new ProcessStartInfo("ngspice")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("-b");
        if (rawFile is not null)
        {
            start.ArgumentList.Add("-r");
            start.ArgumentList.Add(rawFile);
        }

        start.ArgumentList.Add(deck);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ngspice did not finish within 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
