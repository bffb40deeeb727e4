using System.Text;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>
/// Thread-safe capture of ngspice's printed lines. ngspice prefixes each line with "stdout " or "stderr ";
/// the prefix is kept so error lines can be told apart.
/// </summary>
internal sealed class NgspiceLog
{
    private readonly Lock gate = new();
    private readonly List<string> lines = [];

    /// <summary>Everything captured since the last <see cref="Clear"/>, one line each.</summary>
    public string Text
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Adds one printed line.</summary>
    public void Append(string line)
    {
        lock (gate)
        {
            lines.Add(line);
        }
    }

    /// <summary>Forgets every captured line.</summary>
    public void Clear()
    {
        lock (gate)
        {
            lines.Clear();
        }
    }

    /// <summary>Lines that report an error (printed to stderr, or containing "error"), without the prefix.</summary>
    public IReadOnlyList<string> ErrorLines()
    {
        lock (gate)
        {
            var errors = new List<string>();
            foreach (var line in lines)
            {
                var text = StripPrefix(line);
                if (line.StartsWith("stderr ", StringComparison.Ordinal) || text.Contains("error", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(text.Trim());
                }
            }

            return errors;
        }
    }

    private static string StripPrefix(string line) =>
        line.StartsWith("stdout ", StringComparison.Ordinal) || line.StartsWith("stderr ", StringComparison.Ordinal)
            ? line[7..]
            : line;
}
