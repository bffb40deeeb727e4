namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// A line plot described as data: title, axis labels (with units, e.g. <c>"voltage (V)"</c>) and curves.
/// Rendered by <see cref="LinePlotRenderer"/>.
/// </summary>
public sealed record LinePlot
{
    /// <summary>Title drawn above the axes.</summary>
    public required string Title { get; init; }

    /// <summary>Label of the horizontal axis including its unit.</summary>
    public required string XLabel { get; init; }

    /// <summary>Label of the vertical axis including its unit.</summary>
    public required string YLabel { get; init; }

    /// <summary>Curves in drawing order; at least one.</summary>
    public required IReadOnlyList<LineSeries> Series { get; init; }

    /// <summary>Image width in pixels, 100–10000; default 800.</summary>
    public int WidthPixels { get; init; } = 800;

    /// <summary>Image height in pixels, 100–10000; default 600.</summary>
    public int HeightPixels { get; init; } = 600;
}
