using System.Globalization;
using System.Text;

namespace CrossbarSpice.Netlist.Values;

/// <summary>
/// What ngspice keeps of a name: it reads statements byte by byte and turns every byte that is not printable ASCII
/// into <c>_</c> (so <c>än</c> and <c>ön</c> both become <c>__n</c>, one node). Names, keywords and expressions must
/// therefore be printable ASCII to reach ngspice unchanged.
/// </summary>
public static class SpiceNameText
{
    /// <summary>Index of the first character ngspice would not keep (outside printable ASCII), or −1.</summary>
    public static int IndexOfUnkept(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or > '~')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Why <paramref name="text"/> cannot be passed to ngspice, or null when it can.</summary>
    /// <param name="text">A name, keyword or expression as written.</param>
    /// <param name="what">What it is, e.g. "the node name".</param>
    public static string? Problem(string text, string what)
    {
        var index = IndexOfUnkept(text);
        if (index < 0)
        {
            return null;
        }

        var (shown, value) = Rune.TryGetRuneAt(text, index, out var rune)
            ? (rune.ToString(), rune.Value)
            : (string.Empty, text[index]);
        var code = value.ToString("X4", CultureInfo.InvariantCulture);
        return $"{what} '{text}' holds '{shown}' (U+{code}): ngspice keeps only printable ASCII in names and would turn it into '_', "
            + "merging names that differ only there";
    }
}
