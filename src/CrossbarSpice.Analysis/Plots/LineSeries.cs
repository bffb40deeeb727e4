namespace CrossbarSpice.Analysis.Plots;

/// <summary>One curve of a <see cref="LinePlot"/>: points joined in order (so a hysteresis loop draws as a loop).</summary>
/// <param name="Label">Legend text; empty for no legend entry.</param>
/// <param name="X">Abscissae in the plot's x unit; same length as <paramref name="Y"/>, finite.</param>
/// <param name="Y">Ordinates in the plot's y unit.</param>
public sealed record LineSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y);
