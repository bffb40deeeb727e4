using System.Diagnostics;
using System.Globalization;

namespace CrossbarSpice.Simulation.Tests.Support;

/// <summary>
/// Runs the ngspice command-line program (<c>ngspice -b</c>) on a deck and reads its ASCII rawfile: the
/// independent reference the in-process engine is checked against.
/// </summary>
internal static class NgspiceCli
{
    /// <summary>Runs <paramref name="deckWithoutEnd"/> plus a control block doing <paramref name="analysisCommand"/>; returns vectors by canonical name.</summary>
    public static Dictionary<string, double[]> Run(string deckWithoutEnd, string analysisCommand)
    {
        var directory = Directory.CreateTempSubdirectory("crossbarspice-cli-");
        try
        {
            var raw = Path.Combine(directory.FullName, "out.raw");
            var deck = Path.Combine(directory.FullName, "deck.cir");
            File.WriteAllText(deck, $"{deckWithoutEnd.TrimEnd()}\n.control\nset filetype=ascii\n{analysisCommand}\nwrite {raw} all\n.endc\n.end\n");
            var start = new ProcessStartInfo("ngspice", ["-b", deck])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory.FullName,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (!File.Exists(raw))
            {
                throw new InvalidOperationException($"ngspice -b wrote no rawfile (exit {process.ExitCode}):\n{output.Result}\n{errors.Result}");
            }

            return ReadAsciiRaw(raw);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Dictionary<string, double[]> ReadAsciiRaw(string path)
    {
        var lines = File.ReadAllLines(path);
        var count = int.Parse(Header(lines, "No. Variables:"), CultureInfo.InvariantCulture);
        var points = int.Parse(Header(lines, "No. Points:"), CultureInfo.InvariantCulture);
        var variablesAt = Array.IndexOf(lines, "Variables:");
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var fields = lines[variablesAt + 1 + i].Split('\t', StringSplitOptions.RemoveEmptyEntries);
            names[i] = Canonical(fields[1], fields[2]);
        }

        var valuesAt = Array.IndexOf(lines, "Values:");
        var tokens = lines.Skip(valuesAt + 1).SelectMany(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        var data = names.ToDictionary(n => n, _ => new double[points]);
        var at = 0;
        for (var p = 0; p < points; p++)
        {
            at++; // point index
            for (var v = 0; v < count; v++)
            {
                data[names[v]][p] = double.Parse(tokens[at++], CultureInfo.InvariantCulture);
            }
        }

        return data;
    }

    private static string Header(string[] lines, string key) =>
        lines.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim();

    private static string Canonical(string name, string type)
    {
        name = name.ToLowerInvariant();
        if (name.EndsWith("#branch", StringComparison.Ordinal))
        {
            return $"i({name[..^7]})";
        }

        if (name.Contains('(', StringComparison.Ordinal) || type is not ("voltage" or "current"))
        {
            return name;
        }

        return type == "voltage" ? $"v({name})" : $"i({name})";
    }
}
