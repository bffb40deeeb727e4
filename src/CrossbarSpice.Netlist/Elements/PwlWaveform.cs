namespace CrossbarSpice.Netlist.Elements;

/// <summary><c>PWL(t1 v1 t2 v2 ...)</c>: piece-wise linear corners in time order.</summary>
/// <param name="Points">At least one (time, value) point, times non-decreasing (checked by ngspice, not here).</param>
public sealed record PwlWaveform(IReadOnlyList<PwlPoint> Points) : TransientWaveform
{
    /// <summary>The corners in order; never null.</summary>
    public IReadOnlyList<PwlPoint> Points { get; init => field = Values.EquatableList<PwlPoint>.From(value); }
        = Values.EquatableList<PwlPoint>.From(Points);
}
