namespace CrossbarSpice.Devices.Process;

/// <summary>A CMOS process: feature size, supplies and transistor model sets for ngspice.</summary>
public sealed record ProcessCard : DeviceCard
{
    /// <inheritdoc />
    public override DeviceCardKind Kind => DeviceCardKind.Process;

    /// <summary>Minimum channel length, m, &gt; 0 (e.g. 1.8e-7).</summary>
    public required double FeatureSizeMeters { get; init; }

    /// <summary>Positive supply VDD, V, &gt; 0.</summary>
    public required double VddVolts { get; init; }

    /// <summary>Negative supply VS (VSS), V, &lt; VDD (≤ 0 for the split supplies of [P0]).</summary>
    public required double VssVolts { get; init; }

    /// <summary>Model sets, at most one per level, at least one.</summary>
    public required IReadOnlyList<TransistorModelSet> ModelSets { get; init; }

    /// <summary>Level used when a cell does not choose one.</summary>
    public required TransistorModelLevel DefaultModelLevel { get; init; }

    /// <summary>The model set of <paramref name="level"/>.</summary>
    /// <exception cref="KeyNotFoundException">The process has no set of that level.</exception>
    public TransistorModelSet ModelSet(TransistorModelLevel level) =>
        ModelSets.FirstOrDefault(set => set.Level == level)
        ?? throw new KeyNotFoundException($"process '{Name}' has no {level} model set");
}
