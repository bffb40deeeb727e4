using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Randomness;

namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>
/// Turns target conductances into the conductances devices end up with, applying the switched-on
/// non-idealities of <see cref="NonIdealityOptions"/> in their documented order, each from its own stream.
/// </summary>
public static class ConductanceProgrammer
{
    /// <summary>Programs one array. <paramref name="purpose"/> names it (e.g. "fc1/tile-0-0") for the seed streams.</summary>
    public static ProgrammedArray Program(ConductanceMatrix target, DeviceRange device, NonIdealityOptions options, long seed, string purpose)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var g = target.Siemens.ToArray();
        var faults = new DeviceFault[g.Length];

        if (options.Quantise && device.Levels is { } levels)
        {
            for (var i = 0; i < g.Length; i++)
            {
                g[i] = levels.Nearest(g[i]);
            }
        }

        if (options.DeviceVariationSigma is { } variation)
        {
            var stream = new SeedStream(seed, $"device-variation/{purpose}");
            for (var i = 0; i < g.Length; i++)
            {
                g[i] = Math.Max(device.GminSiemens, device.GminSiemens + ((g[i] - device.GminSiemens) * (1 + (variation * stream.NextNormal()))));
            }
        }

        if (options.ProgrammingErrorSigma is { } sigma)
        {
            var stream = new SeedStream(seed, $"programming-error/{purpose}");
            for (var i = 0; i < g.Length; i++)
            {
                g[i] = device.Clamp(g[i] * (1 + (sigma * stream.NextNormal())));
            }
        }

        if (options.StuckAtLrsRate is not null || options.StuckAtHrsRate is not null)
        {
            if (options.StuckAtDraw == StuckAtDraw.Independent)
            {
                StuckIndependently(g, faults, device, options.StuckAtLrsRate ?? 0, options.StuckAtHrsRate ?? 0, seed, purpose);
            }
            else
            {
                StuckExclusively(g, faults, device, options.StuckAtLrsRate ?? 0, options.StuckAtHrsRate ?? 0, seed, purpose);
            }
        }

        if (options.AgingFraction is { } aging)
        {
            for (var i = 0; i < g.Length; i++)
            {
                if (faults[i] == DeviceFault.None)
                {
                    g[i] -= aging * (g[i] - device.GminSiemens);
                }
            }
        }

        if (options.DriftExponent is { } nu)
        {
            var factor = Math.Pow(options.DriftTimeSeconds / options.DriftReferenceSeconds, -nu);
            for (var i = 0; i < g.Length; i++)
            {
                if (faults[i] == DeviceFault.None)
                {
                    g[i] = Math.Max(device.GminSiemens, g[i] * factor);
                }
            }
        }

        return new ProgrammedArray(new ConductanceMatrix(target.Rows, target.Columns, g), faults);
    }

    private static void StuckExclusively(double[] g, DeviceFault[] faults, DeviceRange device, double lrs, double hrs, long seed, string purpose)
    {
        // One uniform draw per device: [0, pL) stuck at LRS, [pL, pL + pH) stuck at HRS. Raising one rate
        // keeps every device that was faulty before faulty in the same state.
        var stream = new SeedStream(seed, $"stuck-at/{purpose}");
        for (var i = 0; i < g.Length; i++)
        {
            var u = stream.NextUniform();
            if (u < lrs)
            {
                faults[i] = DeviceFault.StuckAtLrs;
                g[i] = device.GmaxSiemens;
            }
            else if (u < lrs + hrs)
            {
                faults[i] = DeviceFault.StuckAtHrs;
                g[i] = device.GminSiemens;
            }
        }
    }

    private static void StuckIndependently(double[] g, DeviceFault[] faults, DeviceRange device, double lrs, double hrs, long seed, string purpose)
    {
        // MemTorch's order: HRS first, then LRS over every device, overriding. Two streams of their own, so a device
        // faulty at some rates stays faulty at every higher rate (it may turn from HRS to LRS when pL grows).
        var hrsStream = new SeedStream(seed, $"stuck-at-hrs/{purpose}");
        var lrsStream = new SeedStream(seed, $"stuck-at-lrs/{purpose}");
        for (var i = 0; i < g.Length; i++)
        {
            var uHrs = hrsStream.NextUniform();
            var uLrs = lrsStream.NextUniform();
            if (uLrs < lrs)
            {
                faults[i] = DeviceFault.StuckAtLrs;
                g[i] = device.GmaxSiemens;
            }
            else if (uHrs < hrs)
            {
                faults[i] = DeviceFault.StuckAtHrs;
                g[i] = device.GminSiemens;
            }
        }
    }
}
