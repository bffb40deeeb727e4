using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// What a sweep varies and over which values, parsed from <c>name=start:stop:step</c> (stop included when the steps
/// reach it; computed in decimal so 0:0.25:0.025 gives exactly 0, 0.025, …, 0.25), <c>name=start:stop</c> (step 1,
/// <c>levels</c> only) or <c>name=v1,v2,…</c>. Values are checked against the parameter's range: fault-rate,
/// programming-error, read-noise and aging in [0, 1]; levels whole numbers from 2 to 100000.
/// </summary>
/// <param name="Parameter">The swept non-ideality.</param>
/// <param name="Values">The values in the order given, distinct.</param>
public sealed record SweepVary(SweepParameter Parameter, IReadOnlyList<double> Values)
{
    /// <summary>Most values one sweep may hold.</summary>
    public const int MaxValues = 10000;

    /// <summary>Parses <paramref name="text"/>, e.g. "fault-rate=0:0.25:0.025" or "levels=10:20".</summary>
    /// <exception cref="InputException">Malformed text, an unknown parameter, or a value out of range.</exception>
    public static SweepVary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            throw Error($"expected name=start:stop:step or name=v1,v2,… (e.g. fault-rate=0:0.25:0.025), got '{text}'");
        }

        var parameter = SweepNames.Parameter(parts[0]);
        var values = parts[1].Contains(':', StringComparison.Ordinal) ? Range(parameter, parts[1]) : List(parts[1]);
        if (values.Distinct().Count() != values.Count)
        {
            throw Error($"'{parts[1]}' names a value twice");
        }

        foreach (var value in values)
        {
            Check(parameter, value);
        }

        return new SweepVary(parameter, [.. values.Select(v => (double)v)]);
    }

    private static List<decimal> Range(SweepParameter parameter, string text)
    {
        var bounds = text.Split(':', StringSplitOptions.TrimEntries);
        if (bounds.Length is < 2 or > 3)
        {
            throw Error($"a range is start:stop:step, got '{text}'");
        }

        var start = Number(bounds[0]);
        var stop = Number(bounds[1]);
        if (bounds.Length == 2 && parameter != SweepParameter.Levels)
        {
            throw Error($"give the step of a {SweepNames.Of(parameter)} range: start:stop:step");
        }

        var step = bounds.Length == 3 ? Number(bounds[2]) : 1m;
        if (step <= 0 || stop < start)
        {
            throw Error($"a range needs start ≤ stop and step > 0, got '{text}'");
        }

        var count = decimal.Floor((stop - start) / step) + 1;
        if (count > MaxValues)
        {
            throw Error($"'{text}' has {count} values; at most {MaxValues}");
        }

        return [.. Enumerable.Range(0, (int)count).Select(i => start + (i * step))];
    }

    private static List<decimal> List(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number)];

    private static decimal Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text}' is not a number");

    private static void Check(SweepParameter parameter, decimal value)
    {
        if (parameter == SweepParameter.Levels)
        {
            if (value != decimal.Truncate(value) || value < 2 || value > 100000)
            {
                throw Error($"levels are whole numbers from 2 to 100000, got {value.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        else if (value < 0 || value > 1)
        {
            throw Error($"{SweepNames.Of(parameter)} values lie in [0, 1], got {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static InputException Error(string message) => new(new SourceLocation(null, Field: nameof(SweepRequest.Vary)), message);
}
