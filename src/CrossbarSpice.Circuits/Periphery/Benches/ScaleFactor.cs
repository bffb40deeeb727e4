namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// The one scale factor of a module's ideal function that a compiler must apply (e.g. the sigmoid's Is, the
/// multiplier's K). Either fixed at its nominal value or fitted minimax over the useful range within [Min, Max].
/// </summary>
/// <param name="Name">Symbol, e.g. <c>Is</c>.</param>
/// <param name="Unit">Unit, e.g. <c>A</c>, <c>V/V²</c>, <c>1/V</c>.</param>
/// <param name="Nominal">Design value, in <paramref name="Unit"/>.</param>
/// <param name="Fitted">True: fitted to minimise the maximum error; false: the nominal value is used.</param>
/// <param name="Min">Lower search bound when fitted.</param>
/// <param name="Max">Upper search bound when fitted.</param>
public sealed record ScaleFactor(string Name, string Unit, double Nominal, bool Fitted, double Min, double Max)
{
    /// <summary>A fixed (not fitted) factor.</summary>
    public static ScaleFactor Fixed(string name, string unit, double nominal) => new(name, unit, nominal, false, nominal, nominal);

    /// <summary>A factor fitted minimax within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static ScaleFactor Fit(string name, string unit, double nominal, double min, double max) => new(name, unit, nominal, true, min, max);
}
