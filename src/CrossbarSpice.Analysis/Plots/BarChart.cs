namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// A horizontal bar chart described as data: one bar per label, drawn top to bottom in list order, values on a
/// log₁₀ axis when <see cref="LogScale"/> (for figures spanning decades, e.g. energy per module). Rendered by
/// <see cref="BarChartRenderer"/>.
/// </summary>
public sealed record BarChart
{
    /// <summary>Title drawn above the axes.</summary>
    public required string Title { get; init; }

    /// <summary>Label of the value axis including its unit.</summary>
    public required string ValueLabel { get; init; }

    /// <summary>Bar labels, one per value.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Bar values (≥ 0 and finite; &gt; 0 for a log axis, zeros are left out there).</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>Bars drawn in the highlight colour (e.g. estimates), by index; empty for none.</summary>
    public IReadOnlySet<int> Highlighted { get; init; } = new HashSet<int>();

    /// <summary>Legend text of the highlighted bars, or empty.</summary>
    public string HighlightLabel { get; init; } = string.Empty;

    /// <summary>Legend text of the other bars, or empty.</summary>
    public string NormalLabel { get; init; } = string.Empty;

    /// <summary>Log₁₀ value axis.</summary>
    public bool LogScale { get; init; }

    /// <summary>Image width in pixels, 100–10000; default 900.</summary>
    public int WidthPixels { get; init; } = 900;

    /// <summary>Image height in pixels, 100–10000; default: 140 + 28 per bar.</summary>
    public int? HeightPixels { get; init; }
}
