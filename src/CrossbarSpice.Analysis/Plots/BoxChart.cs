namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// A box plot described as data: one box per label (whiskers at the extremes, box from the first to the third quartile,
/// a line at the median), left to right in list order. Rendered by <see cref="BoxChartRenderer"/>.
/// </summary>
public sealed record BoxChart
{
    /// <summary>Title drawn above the axes.</summary>
    public required string Title { get; init; }

    /// <summary>Label of the value axis including its unit.</summary>
    public required string ValueLabel { get; init; }

    /// <summary>Label of the category axis.</summary>
    public required string CategoryLabel { get; init; }

    /// <summary>Box labels, one per box.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The boxes: (min, first quartile, median, third quartile, max), each finite and in that order.</summary>
    public required IReadOnlyList<(double Min, double Q1, double Median, double Q3, double Max)> Boxes { get; init; }

    /// <summary>Image width in pixels, 100–10000; default 900.</summary>
    public int WidthPixels { get; init; } = 900;

    /// <summary>Image height in pixels, 100–10000; default 500.</summary>
    public int HeightPixels { get; init; } = 500;
}
