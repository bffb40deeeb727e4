using System.Globalization;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>Applies one sample to a compiled crossbar deck: the DC values of its <c>Vin{i}</c> and <c>Vbias</c> sources.</summary>
public static class DeckInputs
{
    /// <summary>
    /// A copy of <paramref name="deck"/> with input i at <paramref name="inputVolts"/>[i] V and, when given, the
    /// bias row at <paramref name="biasVolts"/> V; every other item unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The deck has a different number of input sources.</exception>
    public static SpiceNetlist Apply(SpiceNetlist deck, IReadOnlyList<double> inputVolts, double? biasVolts = null)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(inputVolts);
        var found = 0;
        var items = deck.Items.Select(item =>
        {
            if (item is VoltageSource { Name: var name } input && name.StartsWith("Vin", StringComparison.Ordinal) &&
                int.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                found++;
                return new VoltageSource(input.Name, input.NodePositive, input.NodeNegative, inputVolts[index]);
            }

            return item is VoltageSource { Name: "Vbias" } bias && biasVolts is { } volts
                ? new VoltageSource(bias.Name, bias.NodePositive, bias.NodeNegative, volts)
                : item;
        }).ToList();
        if (found != inputVolts.Count)
        {
            throw new ArgumentException($"the deck has {found} input sources, {inputVolts.Count} voltages were given", nameof(inputVolts));
        }

        return new SpiceNetlist(deck.Title, items, deck.SourcePath);
    }
}
