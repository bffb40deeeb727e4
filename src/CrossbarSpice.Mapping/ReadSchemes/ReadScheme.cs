using System.Globalization;

namespace CrossbarSpice.Mapping.ReadSchemes;

/// <summary>
/// The read scheme of a design's crossbars. <see cref="ReadSchemeKind.BitSerial"/>: an input x (network units) is
/// applied as sign(x) and the k-bit code m = min(round(|x|·2^k / F), 2^k − 1) (F = <see cref="FullScaleUnits"/>, k =
/// <see cref="InputBits"/>), i.e. the value q(x) = sign(x)·F·m / 2^k (fixed point; |x| beyond F·(1 − 2^−k) clips).
/// Plane b (0 = least significant) drives row r at sign(x_r)·bit_b(m_r)·<see cref="ReadVolts"/>, so every selected
/// cell sees the full read voltage and nothing in between; a column's output is Σ_b I_b·F·2^b / (2^k·V_read) in
/// network units per siemens of weight scale. The bias row is a row like any other (its input, the design's bias
/// input, is coded the same way).
/// </summary>
/// <param name="Kind">Analogue or bit-serial.</param>
/// <param name="InputBits">k, bits of an input's magnitude (1–16); bit-serial only.</param>
/// <param name="FullScaleUnits">F, network units: the code's range is ±F·(1 − 2^−k); bit-serial only.</param>
/// <param name="ReadVolts">The row voltage of a selected row, V ([P0] §IV.D: 0.5 V); bit-serial only.</param>
public sealed record ReadScheme(ReadSchemeKind Kind, int InputBits = 0, double FullScaleUnits = 0, double ReadVolts = 0)
{
    /// <summary>Largest k: the planes' weights 2^b stay exact in a double, and 16 planes per read is already slow.</summary>
    public const int MaxInputBits = 16;

    /// <summary>The analogue scheme (one read at x·volts per unit).</summary>
    public static ReadScheme Analogue { get; } = new(ReadSchemeKind.Analogue);

    /// <summary>True for <see cref="ReadSchemeKind.BitSerial"/>.</summary>
    public bool IsBitSerial => Kind == ReadSchemeKind.BitSerial;

    /// <summary>Bit-planes per read: k for bit-serial, 1 for analogue.</summary>
    public int Planes => IsBitSerial ? InputBits : 1;

    /// <summary>Its name as the files and the command line spell it (<c>analogue</c>, <c>bit-serial</c>).</summary>
    public string Name => IsBitSerial ? "bit-serial" : "analogue";

    /// <summary>The kind named <paramref name="name"/> (<c>analogue</c>, <c>bit-serial</c>), or null.</summary>
    public static ReadSchemeKind? ParseKind(string? name) => name switch
    {
        "analogue" => ReadSchemeKind.Analogue,
        "bit-serial" => ReadSchemeKind.BitSerial,
        _ => null,
    };

    /// <summary>Checks the fields of a bit-serial scheme.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field out of range; the parameter name is the field's name
    /// (<c>InputBits</c>, <c>FullScaleUnits</c>, <c>ReadVolts</c>).</exception>
    public void Validate()
    {
        if (!IsBitSerial)
        {
            return;
        }

        if (InputBits is < 1 or > MaxInputBits)
        {
            throw new ArgumentOutOfRangeException(nameof(InputBits), InputBits, $"a bit-serial read needs 1–{MaxInputBits} input bits, got {InputBits}");
        }

        if (!double.IsFinite(FullScaleUnits) || FullScaleUnits <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(FullScaleUnits), FullScaleUnits, string.Create(CultureInfo.InvariantCulture, $"the full scale must be > 0 network units, got {FullScaleUnits}"));
        }

        if (!double.IsFinite(ReadVolts) || ReadVolts <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ReadVolts), ReadVolts, string.Create(CultureInfo.InvariantCulture, $"the read voltage must be > 0 V, got {ReadVolts}"));
        }
    }

    /// <summary>The magnitude code m of <paramref name="x"/> (0 … 2^k − 1, clipped at full scale).</summary>
    public int Code(double x)
    {
        var top = (1 << InputBits) - 1;
        var m = Math.Round(Math.Abs(x) * (1 << InputBits) / FullScaleUnits, MidpointRounding.AwayFromZero);
        return double.IsNaN(m) ? 0 : (int)Math.Min(m, top);
    }

    /// <summary>q(x): the value a bit-serial read applies for <paramref name="x"/>, network units (x itself for analogue).</summary>
    public double Quantise(double x) =>
        IsBitSerial ? Math.Sign(x) * FullScaleUnits * Code(x) / (1 << InputBits) : x;

    /// <summary>Row voltages of bit-plane <paramref name="plane"/> for row inputs <paramref name="units"/> (network units): ±<see cref="ReadVolts"/> where the bit is set, else 0.</summary>
    public void PlaneRowVolts(ReadOnlySpan<double> units, int plane, Span<double> volts)
    {
        for (var r = 0; r < units.Length; r++)
        {
            volts[r] = ((Code(units[r]) >> plane) & 1) == 1 ? Math.Sign(units[r]) * ReadVolts : 0;
        }
    }

    /// <summary>Network units per (volt on a row) of plane <paramref name="plane"/>: F·2^b / (2^k·V_read). A column's
    /// output is Σ_b I_b times this, divided by the layer's siemens per weight.</summary>
    public double PlaneUnitsPerVolt(int plane) => FullScaleUnits * (1 << plane) / ((double)(1 << InputBits) * ReadVolts);
}
