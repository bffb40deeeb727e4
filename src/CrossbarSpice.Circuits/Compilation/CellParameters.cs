using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// The selector or access transistor a tile's cells get, from the memristor card's cell (or the default of
/// the requested cell kind when the card's cell is another kind).
/// </summary>
/// <param name="Kind">The cell kind used.</param>
/// <param name="Selector">1S1M selector, or null.</param>
/// <param name="AccessTransistor">1T1M transistor, or null.</param>
/// <param name="Source">Where the parameters came from, for the manifest.</param>
public sealed record CellParameters(CellKind Kind, ThresholdSelectorParameters? Selector, AccessTransistorParameters? AccessTransistor, string Source)
{
    /// <summary>Resolves the cell of <paramref name="card"/>, overridden by <paramref name="requested"/> if given.</summary>
    /// <exception cref="InputException">The card's selector kind cannot be put in a tile, or the transistor models cannot be read.</exception>
    public static CellParameters For(MemristorCard card, CellKind? requested)
    {
        ArgumentNullException.ThrowIfNull(card);
        var kind = requested ?? card.Cell.Kind;
        return (kind, card.Cell) switch
        {
            (CellKind.Passive, _) => new(kind, null, null, "passive cell (memristor alone)"),
            (CellKind.OneSelectorOneMemristor, SelectorCell { Selector: ThresholdSelectorCard s }) => new(
                kind,
                new ThresholdSelectorParameters
                {
                    ThresholdVolts = s.ThresholdVolts,
                    TransitionVolts = s.SmoothingVolts,
                    OnSiemens = s.OnConductanceSiemens,
                    OffSiemens = s.OffConductanceSiemens,
                },
                null,
                $"threshold selector of card {card.Name}"),
            (CellKind.OneSelectorOneMemristor, SelectorCell other) => throw new InputException(
                new SourceLocation(card.SourcePath, Field: "cell.selector.kind"),
                $"crossbar tiles support threshold selectors; this card has a {other.Selector.Kind} selector"),
            (CellKind.OneSelectorOneMemristor, _) => new(
                kind,
                new ThresholdSelectorParameters(),
                null,
                "default threshold selector (circuits.md §10.4: Vth 0.4 V, Vs 20 mV, Gon 1 mS, Goff 1 nS): the card has no selector"),
            (CellKind.OneTransistorOneMemristor, AccessTransistorCell { Transistor: var t }) => new(
                kind,
                null,
                Transistor(t.Process, t.WidthMeters, t.LengthMeters, t.GateVoltageVolts, card),
                $"access transistor of card {card.Name} (Level-1 model of process {t.Process.Name})"),
            _ => throw new InputException(
                new SourceLocation(card.SourcePath, Field: "cell"),
                "a 1T1M cell needs an access transistor and its process card; this card has none (use a 1T1M card such as device-cards/ag-acarbon-ag.json)"),
        };
    }

    private static AccessTransistorParameters Transistor(ProcessCard process, double width, double length, double gate, MemristorCard card)
    {
        // The tile solver reproduces ngspice's Level-1 equations, so tiles use the process's Level-1 NMOS card.
        var set = process.ModelSets.FirstOrDefault(m => m.Level == TransistorModelLevel.Level1)
            ?? throw new InputException(new SourceLocation(process.SourcePath, Field: "modelSets"), "a 1T1M tile needs a Level-1 model set in the process card");
        var library = SpiceNetlistReader.ReadFile(set.LibraryPath);
        var model = library.Items.OfType<ModelCard>().FirstOrDefault(m => string.Equals(m.Name, set.NmosModelName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException(new SourceLocation(set.LibraryPath, Field: set.NmosModelName), "NMOS model named in the process card not found");
        return new AccessTransistorParameters
        {
            ThresholdVolts = Parameter(model, "VTO", set.LibraryPath),
            TransconductanceAmpsPerVoltSquared = Parameter(model, "KP", set.LibraryPath),
            LambdaPerVolt = Parameter(model, "LAMBDA", set.LibraryPath),
            WidthMetres = width,
            LengthMetres = length,
            GateVolts = gate,
        };
    }

    private static double Parameter(ModelCard model, string name, string file)
    {
        var parameter = model.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return parameter is { Value.IsNumber: true }
            ? parameter.Value.NumberValue
            : throw new InputException(new SourceLocation(file, Field: $"{model.Name}.{name}"), "expected a number in the Level-1 model card");
    }
}
