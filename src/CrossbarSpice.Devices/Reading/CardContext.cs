using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Devices.Reading;

/// <summary>State of one card being read: where it is, and what was found so far.</summary>
internal sealed class CardContext : IStrictJsonReporter
{
    private readonly List<CardDiagnostic> diagnostics = [];
    private readonly Dictionary<string, Provenance> provenance = new(StringComparer.Ordinal);
    private readonly List<DefaultedField> defaulted = [];

    public CardContext(string file, string baseDirectory, int depth)
    {
        File = file;
        BaseDirectory = baseDirectory;
        Depth = depth;
    }

    /// <summary>The card file as the user gave it.</summary>
    public string File { get; }

    /// <summary>Folder relative references are resolved against.</summary>
    public string BaseDirectory { get; }

    /// <summary>0 for the card asked for, 1 for a card it references.</summary>
    public int Depth { get; }

    public IReadOnlyList<CardDiagnostic> Diagnostics => diagnostics;

    public IReadOnlyDictionary<string, Provenance> Provenance => provenance;

    public IReadOnlyList<DefaultedField> Defaulted => defaulted;

    public bool HasErrors => diagnostics.Count > 0;

    public void Report(CardDiagnosticCode code, string path, string message) =>
        diagnostics.Add(new CardDiagnostic(code, File, path, message));

    /// <inheritdoc/>
    void IStrictJsonReporter.Report(StrictJsonProblem problem, string path, string message) =>
        Report(problem.ToCode<CardDiagnosticCode>(), path, message);

    public void Add(CardDiagnostic diagnostic) => diagnostics.Add(diagnostic);

    public void RecordProvenance(string path, Provenance value) => provenance[path] = value;

    public void RecordDefault(string path, double value, string unit, string rule) =>
        defaulted.Add(new DefaultedField(path, InvariantNumber.Format(value) + (unit.Length > 0 ? " " + unit : string.Empty), rule));

    public void RecordDefault(string path, string value, string rule) => defaulted.Add(new DefaultedField(path, value, rule));
}
