using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Reads ngspice's printed messages after a load or a run and throws the matching typed exception.</summary>
internal static class NgspiceErrorClassifier
{
    // Messages ngspice prints for setup problems that it does not treat as fatal but that make results meaningless.
    private static readonly string[] LoadFailures =
    [
        "error on line",
        "unknown parameter",
        "unknown model",
        "could not find",
        "can't find model",
        "no such",
        "unknown subckt",
        "too few parameters",
        "simulation interrupted due to error",
        "error:",
    ];

    // What ngspice prints when an analysis did not complete.
    private static readonly string[] FailureMarkers = ["simulation(s) aborted", "solution failed", "doanalyses:", "stderr error"];

    private static readonly string[] SingularMatrix = ["singular matrix", "matrix is singular"];
    private static readonly string[] Timestep = ["timestep too small"];
    private static readonly string[] Convergence = ["no convergence", "iteration limit reached", "gmin stepping failed", "source stepping failed", "failed to converge"];

    /// <summary>Throws <see cref="NetlistRejectedException"/> when ngspice reported a problem loading the deck.</summary>
    public static void ThrowIfLoadFailed(NgspiceLog log, int status)
    {
        var errors = log.ErrorLines();
        var failed = status != 0 || errors.Any(line => LoadFailures.Any(p => line.Contains(p, StringComparison.OrdinalIgnoreCase)));
        if (failed)
        {
            throw new NetlistRejectedException($"ngspice rejected the netlist: {Summarise(errors)}", string.Join('\n', errors), log.Text);
        }
    }

    /// <summary>
    /// Throws the typed exception for a failed analysis. A run counts as failed only when ngspice says so
    /// (aborted, "Error", a failed solution); its warnings on the way to a converged answer are not failures.
    /// The cause is then read from all its messages: a singular matrix is structural and explains a later
    /// "timestep too small"; a timestep failure of an operating point or sweep is a convergence failure.
    /// </summary>
    public static void ThrowIfRunFailed(NgspiceLog log, bool isTransient)
    {
        var errors = log.ErrorLines();
        var allLines = log.Text.Split('\n');
        var failed = allLines.Any(line => FailureMarkers.Any(m => line.Contains(m, StringComparison.OrdinalIgnoreCase)));
        if (!failed)
        {
            return;
        }

        var message = string.Join('\n', errors);
        var summary = Summarise(errors.Where(line => !line.StartsWith("warning", StringComparison.OrdinalIgnoreCase)).ToList());
        if (Matches(errors, SingularMatrix))
        {
            var line = errors.First(l => Matches([l], SingularMatrix));
            var at = line.IndexOf("check node", StringComparison.OrdinalIgnoreCase);
            var where = at < 0 ? string.Empty : $" at {line[(at + "check ".Length)..].Trim()}";
            throw new SingularMatrixException($"the circuit matrix is singular{where} (a floating node or a loop of voltage sources?)", message, log.Text);
        }

        if (isTransient && Matches(errors, Timestep) && !Matches(errors, ["transient op"]))
        {
            throw new TimestepTooSmallException($"transient analysis failed, timestep too small: {summary}", message, log.Text);
        }

        if (Matches(errors, Convergence) || Matches(errors, Timestep) || Matches(errors, ["solution failed"]))
        {
            throw new ConvergenceException($"no convergence: {summary}", message, log.Text);
        }

        throw new SimulationException($"ngspice reported an error: {summary}", message, log.Text);
    }

    /// <summary>The first few distinct error lines, joined for a one-line message.</summary>
    public static string Summarise(IReadOnlyList<string> errors)
    {
        var distinct = errors.Select(StripSeverity).Where(line => line.Length > 0).Distinct(StringComparer.Ordinal).Take(4).ToList();
        return distinct.Count == 0 ? "(ngspice printed no message)" : string.Join(" | ", distinct);
    }

    private static string StripSeverity(string line)
    {
        foreach (var prefix in new[] { "error:", "warning:" })
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return line[prefix.Length..].Trim();
            }
        }

        return line.Trim();
    }

    private static bool Matches(IReadOnlyList<string> errors, string[] patterns) =>
        errors.Any(line => patterns.Any(p => line.Contains(p, StringComparison.OrdinalIgnoreCase)));
}
