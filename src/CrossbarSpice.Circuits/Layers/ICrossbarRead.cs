namespace CrossbarSpice.Circuits.Layers;

/// <summary>One compiled crossbar matrix read the way the circuit reads it, in network units (the <c>wired</c>
/// level's solver of the tiles implements it).</summary>
public interface ICrossbarRead
{
    /// <summary>Inputs of the matrix (without the bias row).</summary>
    int Inputs { get; }

    /// <summary>Outputs of the matrix.</summary>
    int Outputs { get; }

    /// <summary>Reads the matrix at <paramref name="x"/> into <paramref name="y"/>.</summary>
    void Read(ReadOnlySpan<double> x, Span<double> y);
}
