using System.Security.Cryptography;
using System.Text;

namespace CrossbarSpice.Mapping.Randomness;

/// <summary>
/// A reproducible random stream for one purpose (one non-ideality of one tile). Its state comes from the
/// user's seed and the purpose's name through SHA-256, so streams are independent of each other and of
/// the order in which they are used: switching one non-ideality on or off leaves the others' draws as they
/// were. The generator is xoshiro256** (own implementation, so the numbers never change with the .NET
/// version); normals use the polar Box–Muller method.
/// </summary>
public sealed class SeedStream
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;
    private double? spareNormal;

    /// <summary>Creates the stream for <paramref name="seed"/> and a purpose path such as "programming-error/fc1/tile-0-1".</summary>
    public SeedStream(long seed, string purpose)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{purpose}"));
        s0 = BitConverter.ToUInt64(digest, 0);
        s1 = BitConverter.ToUInt64(digest, 8);
        s2 = BitConverter.ToUInt64(digest, 16);
        s3 = BitConverter.ToUInt64(digest, 24);
        if ((s0 | s1 | s2 | s3) == 0)
        {
            s0 = 1;
        }
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextBits()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53-bit resolution.</summary>
    public double NextUniform() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal N(0, 1).</summary>
    public double NextNormal()
    {
        if (spareNormal is { } spare)
        {
            spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextUniform()) - 1;
            v = (2 * NextUniform()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        spareNormal = v * factor;
        return u * factor;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
