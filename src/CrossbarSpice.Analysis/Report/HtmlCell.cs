using System.Globalization;

namespace CrossbarSpice.Analysis.Report;

/// <summary>One cell of an <see cref="HtmlTable"/>.</summary>
/// <param name="Text">The cell's text.</param>
/// <param name="Numeric">Right-aligned with tabular figures.</param>
/// <param name="Shade">Background intensity 0…1 (a confusion matrix's counts), or null for none.</param>
/// <param name="Header">Drawn as a row heading.</param>
public sealed record HtmlCell(string Text, bool Numeric = false, double? Shade = null, bool Header = false)
{
    /// <summary>A text cell, numeric when <paramref name="text"/> reads as an invariant-culture number.</summary>
    public static HtmlCell Auto(string text) =>
        new(text, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>A cell showing a number to 4 significant digits (text that is no number stays as it is).</summary>
    public static HtmlCell Significant(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new(value.ToString("G4", CultureInfo.InvariantCulture), Numeric: true)
            : new(text);
}
