using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Directives;

/// <summary><c>.options name=value flag ...</c>.</summary>
/// <param name="Options">Options in order; at least one.</param>
public sealed record OptionsDirective(IReadOnlyList<SpiceOption> Options) : NetlistItem
{
    /// <summary>Options in order; never null.</summary>
    public IReadOnlyList<SpiceOption> Options { get; init => field = EquatableList<SpiceOption>.From(value); }
        = EquatableList<SpiceOption>.From(Options);
}
