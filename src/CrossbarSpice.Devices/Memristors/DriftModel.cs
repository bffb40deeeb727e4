namespace CrossbarSpice.Devices.Memristors;

/// <summary>Conductance drift (aging) of a programmed memristor.</summary>
/// <param name="Kind">The law.</param>
/// <param name="Exponent">ν of the power law, dimensionless, ≥ 0 (0 for <see cref="DriftModelKind.None"/>).</param>
/// <param name="ReferenceTimeSeconds">t0 of the power law, s, &gt; 0 (1 for <see cref="DriftModelKind.None"/>).</param>
public sealed record DriftModel(DriftModelKind Kind, double Exponent, double ReferenceTimeSeconds)
{
    /// <summary>No drift.</summary>
    public static DriftModel None { get; } = new(DriftModelKind.None, 0, 1);

    /// <summary>Conductance after <paramref name="elapsedSeconds"/> (s, ≥ 0) of a device programmed to <paramref name="programmedSiemens"/>.</summary>
    public double ConductanceAfter(double programmedSiemens, double elapsedSeconds) =>
        Kind == DriftModelKind.None || elapsedSeconds <= ReferenceTimeSeconds
            ? programmedSiemens
            : programmedSiemens * Math.Pow(elapsedSeconds / ReferenceTimeSeconds, -Exponent);
}
