using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Schemes;

/// <summary>A weight matrix (and bias) as target conductances of one logical crossbar, before tiling and non-idealities.</summary>
/// <param name="Target">Target conductances, <see cref="MatrixLayout.Rows"/> × <see cref="MatrixLayout.Columns"/>, S.</param>
/// <param name="Layout">Where each weight sits and the scale k.</param>
public sealed record MappedMatrix(ConductanceMatrix Target, MatrixLayout Layout);
