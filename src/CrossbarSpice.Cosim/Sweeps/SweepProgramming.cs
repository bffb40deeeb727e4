using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// How a sweep point re-programs a compiled design: the design's ideal mapping (its network, scheme, bias input, tile
/// size and device range as compiled) programmed with the swept non-ideality alone, from the unit's seed. Every other
/// non-ideality is off, whatever the design was compiled with; quantisation stays as compiled (on by default: the
/// card's levels), except that a <c>levels</c> sweep quantises to N levels evenly spaced in conductance from Gmin to
/// Gmax. Read noise does not change the programmed plan: it is drawn per inference (<see cref="ReadPlan"/>).
/// </summary>
public sealed class SweepProgramming
{
    private readonly CosimDesign design;
    private readonly SweepParameter parameter;
    private readonly StuckBoth stuckBoth;
    private readonly int? weightLevels;
    private readonly CompileOptions compile;

    /// <summary>Prepares the re-programming of <paramref name="design"/> for a sweep of <paramref name="parameter"/>.</summary>
    /// <param name="design">The compiled design.</param>
    /// <param name="parameter">The swept non-ideality.</param>
    /// <param name="stuckBoth">What rate p means for the "both" fault mode.</param>
    /// <param name="weightLevels">For a prune sweep: k weight levels the survivors are rounded to, or null.</param>
    public SweepProgramming(CosimDesign design, SweepParameter parameter, StuckBoth stuckBoth = StuckBoth.Independent, int? weightLevels = null)
    {
        this.weightLevels = weightLevels;
        ArgumentNullException.ThrowIfNull(design);
        this.design = design;
        this.parameter = parameter;
        this.stuckBoth = stuckBoth;
        var options = design.Folder.Manifest.Options;
        if (design.ReadScheme.IsBitSerial)
        {
            // A sweep re-programs the design from its ideal mapping without the wired-tile solver, so it cannot
            // redo the read-curve calibration of non-linear cells.
            throw new InputException(new SourceLocation(Path.Combine(design.Folder.Root, "manifest.json"), Field: "options.readScheme"), "sweeps re-program analogue designs only; compile one design per point for a bit-serial design");
        }

        compile = new CompileOptions
        {
            DesignName = design.Folder.Manifest.Design,
            Scheme = options.Scheme,
            BiasInput = options.BiasInput,
            MaxTileRows = options.MaxTileRows,
            MaxTileColumns = options.MaxTileColumns,
        };
    }

    /// <summary>The non-idealities a point at <paramref name="value"/> of <paramref name="series"/> is programmed with.</summary>
    public NonIdealityOptions NonIdealities(string series, double value)
    {
        var none = new NonIdealityOptions { Quantise = design.Folder.Plan.NonIdealities.Quantise };
        return parameter switch
        {
            SweepParameter.FaultRate => series switch
            {
                "lrs" => none with { StuckAtLrsRate = value },
                "hrs" => none with { StuckAtHrsRate = value },
                "both" when stuckBoth == StuckBoth.Split => none with { StuckAtLrsRate = value / 2, StuckAtHrsRate = value / 2 },
                "both" => none with { StuckAtLrsRate = value, StuckAtHrsRate = value, StuckAtDraw = StuckAtDraw.Independent },
                _ => throw new ArgumentException($"unknown fault mode '{series}'", nameof(series)),
            },
            SweepParameter.Levels => none with { Quantise = true },
            SweepParameter.ProgrammingError => none with { ProgrammingErrorSigma = value },
            SweepParameter.ReadNoise => none with { ReadNoiseSigma = value },
            SweepParameter.Aging => none with { AgingFraction = value },
            SweepParameter.WeightNoise or SweepParameter.Prune => none,
            _ => throw new ArgumentOutOfRangeException(nameof(series), parameter, "unknown parameter"),
        };
    }

    /// <summary>The device range a point at <paramref name="value"/> is programmed on.</summary>
    public DeviceRange Device(double value)
    {
        var device = design.Folder.Plan.Device;
        return parameter == SweepParameter.Levels
            ? new DeviceRange(device.GminSiemens, device.GmaxSiemens, ConductanceLevels.Linear((int)value, device.GminSiemens, device.GmaxSiemens))
            : device;
    }

    /// <summary>The programmed conductances of work unit <paramref name="unit"/> (not the software unit).</summary>
    public ConductancePlan Plan(SweepUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var options = compile with { Seed = unit.Seed, NonIdealities = NonIdealities(unit.Series, unit.Value) };
        if (parameter is not (SweepParameter.WeightNoise or SweepParameter.Prune))
        {
            return ConductancePlanner.Plan(design.Network, Device(unit.Value), options, design.Folder.Plan.DeviceCard);
        }

        // Weight-level dimensions change the trained weights, then map them as compile-weights would.
        var device = Device(unit.Value);
        var layers = design.Network.Layers
            .SelectMany(CrossbarMatrix.Of)
            .Select(m => parameter == SweepParameter.WeightNoise ? WeightPerturbation.Noise(m, unit.Value, unit.Seed) : WeightPerturbation.Prune(m, unit.Value, weightLevels))
            .Select(m => ConductancePlanner.PlanMatrix(m, device, options))
            .ToList();
        return new ConductancePlan(options.Seed, design.Folder.Plan.DeviceCard, device, options.NonIdealities, layers);
    }

    /// <summary>
    /// The conductances inference number <paramref name="sample"/> reads from <paramref name="programmed"/>: the plan
    /// itself unless read noise is on, else its own draw (stream "read-noise/&lt;sample&gt;/…" of the plan's seed).
    /// </summary>
    public static ConductancePlan ReadPlan(ConductancePlan programmed, int sample)
    {
        ArgumentNullException.ThrowIfNull(programmed);
        return programmed.NonIdealities.ReadNoiseSigma is { } sigma and > 0
            ? ReadNoise.Sample(programmed, sigma, programmed.Seed, sample)
            : programmed;
    }
}
