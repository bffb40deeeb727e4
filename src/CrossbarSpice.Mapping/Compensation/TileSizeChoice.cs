namespace CrossbarSpice.Mapping.Compensation;

/// <summary>
/// How <c>--tile auto</c> chose a layer's tile: the largest square power-of-two tile whose wired-vs-mapped output error
/// stays within the budget on representative inputs.
/// </summary>
/// <param name="Rows">Tile rows chosen.</param>
/// <param name="Columns">Tile columns chosen (physical, two per output).</param>
/// <param name="BudgetVolts">The budget: largest allowed |y_wired − y_mapped| at the readout output, V.</param>
/// <param name="ErrorVolts">The measured error of the chosen tile, V.</param>
/// <param name="MeetsBudget">False when even the smallest candidate misses the budget (it is used anyway).</param>
/// <param name="Compensated">True when the candidates were measured with IR-drop compensation.</param>
/// <param name="Inputs">The representative inputs.</param>
/// <param name="Tried">Every candidate measured, largest first.</param>
public sealed record TileSizeChoice(int Rows, int Columns, double BudgetVolts, double ErrorVolts, bool MeetsBudget, bool Compensated, string Inputs, IReadOnlyList<TileSizeTrial> Tried);

/// <summary>One candidate of <see cref="TileSizeChoice"/>.</summary>
/// <param name="Rows">Tile rows.</param>
/// <param name="Columns">Tile columns.</param>
/// <param name="ErrorVolts">Its wired-vs-mapped output error, V.</param>
public sealed record TileSizeTrial(int Rows, int Columns, double ErrorVolts);
