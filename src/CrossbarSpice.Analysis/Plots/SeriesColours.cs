using ScottPlot;

namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// One colour per series that no other series of the plot shares: Tableau's ten (ScottPlot's default category
/// palette) while they last, then hues spread evenly round the colour wheel at two lightnesses. ScottPlot's own
/// palette cycles after ten series, so an LSTM cell's 2 × hidden curves repeated colours.
/// </summary>
public static class SeriesColours
{
    private static readonly Color[] Category10 = new ScottPlot.Palettes.Category10().Colors;

    /// <summary>The colours of <paramref name="count"/> series, pairwise different, in series order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative count.</exception>
    public static IReadOnlyList<Color> For(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count <= Category10.Length)
        {
            return [.. Category10.Take(count)];
        }

        var colours = new List<Color>(count);
        for (var k = 0; k < count; k++)
        {
            // Golden-ratio hue steps keep neighbouring series apart; alternate lightness separates near hues further.
            var hue = (float)((k * 0.6180339887498949) % 1.0);
            var lightness = k % 2 == 0 ? 0.42f : 0.62f;
            colours.Add(Color.FromHSL(hue, 0.75f, lightness));
        }

        return colours;
    }
}
