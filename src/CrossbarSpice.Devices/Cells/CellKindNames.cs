namespace CrossbarSpice.Devices.Cells;

/// <summary>The names a user writes for a cell kind (command line, golden cases): passive, 1S1M, 1T1M.</summary>
public static class CellKindNames
{
    /// <summary>Every name with its kind.</summary>
    public static IReadOnlyList<(string Name, CellKind Kind)> All { get; } =
    [
        ("passive", CellKind.Passive),
        ("1S1M", CellKind.OneSelectorOneMemristor),
        ("1T1M", CellKind.OneTransistorOneMemristor),
    ];

    /// <summary>The kind named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static CellKind? Find(string name) =>
        All.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Select(c => (CellKind?)c.Kind).FirstOrDefault();

    /// <summary>"passive, 1S1M, 1T1M", for error messages.</summary>
    public static string List => string.Join(", ", All.Select(c => c.Name));
}
