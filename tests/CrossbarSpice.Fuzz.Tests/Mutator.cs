using System.Text;
using System.Text.RegularExpressions;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>Deterministic mutations of a seed file: truncation, bit flips, byte splices and field (number/token) changes.</summary>
internal sealed partial class Mutator(int seed)
{
    private static readonly string[] NumberReplacements =
    [
        "0", "-1", "1", "2147483647", "2147483648", "-2147483648", "4294967296", "9223372036854775808", "100000",
        "1e308", "-1e308", "1e-320", "NaN", "1.5", "\"7\"", "null", "true", "[]", "{}", "99999999999999999999999",
    ];

    private static readonly byte[] InterestingBytes = [0x00, 0xFF, 0x7F, 0x80, 0x0A, 0x22, 0x27, 0x2C, 0x28, 0x29, 0x7B, 0x7D, 0x5B, 0x5D, 0x2D, 0x39, 0x2E, 0xC3];

    private readonly Random random = new(seed);

    /// <summary>A mutated copy of <paramref name="original"/>; text formats also get field mutations.</summary>
    public byte[] Mutate(byte[] original, bool isText)
    {
        var choice = random.Next(isText ? 6 : 5);
        return choice switch
        {
            0 => Truncate(original),
            1 => FlipBits(original),
            2 => Splice(original),
            3 => Repeat(original),
            4 => Mutate(Mutate(original, isText), isText),
            _ => Encoding.UTF8.GetBytes(MutateFields(Encoding.UTF8.GetString(original))),
        };
    }

    /// <summary>A copy of <paramref name="text"/> whose numbers or words are replaced by edge values.</summary>
    public string MutateFields(string text)
    {
        var fields = Field().Matches(text);
        if (fields.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        var count = 1 + random.Next(3);
        var picks = Enumerable.Range(0, count).Select(_ => fields[random.Next(fields.Count)]).DistinctBy(m => m.Index).OrderByDescending(m => m.Index);
        foreach (var field in picks)
        {
            var replacement = random.Next(5) == 0 ? field.Value + field.Value : NumberReplacements[random.Next(NumberReplacements.Length)];
            builder.Remove(field.Index, field.Length).Insert(field.Index, replacement);
        }

        return builder.ToString();
    }

    private byte[] Truncate(byte[] original) => original[..random.Next(original.Length + 1)];

    private byte[] FlipBits(byte[] original)
    {
        var copy = (byte[])original.Clone();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private byte[] Splice(byte[] original)
    {
        var copy = (byte[])original.Clone();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = InterestingBytes[random.Next(InterestingBytes.Length)];
        }

        return copy;
    }

    private byte[] Repeat(byte[] original)
    {
        if (original.Length == 0)
        {
            return original;
        }

        var start = random.Next(original.Length);
        var length = random.Next(Math.Min(64, original.Length - start) + 1);
        var at = random.Next(original.Length + 1);
        return [.. original[..at], .. original.AsSpan(start, length), .. original[at..]];
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?|[A-Za-z_][A-Za-z0-9_.]*")]
    private static partial Regex Field();
}
