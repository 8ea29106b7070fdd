using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using Metaheuristics.Populations;

namespace Metaheuristics.Journal;

/// <summary>
/// A 64-bit fingerprint of the genomes of a batch, stable across processes and machines (unlike <see cref="HashCode"/>),
/// so that a replayed journal can prove it is being replayed against the run that wrote it.
/// </summary>
/// <remarks>
/// XXH3 (System.IO.Hashing) over the reals', integers' and bits' bytes, each seeded with the hash so far: 0.7 µs for a
/// generation of 100 rows × 30 genes, against 2.9 µs for the four-lane multiply–rotate mix before it and 4.6 µs for
/// the single-lane one before that, and every journaled batch pays it twice (when recorded and when replayed).
/// <see cref="Matches"/> also accepts both earlier forms, which journals written before hold.
/// </remarks>
internal static class GenomeFingerprint
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(Population population, int start, int count)
    {
        ulong hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(population.RealsOfRows(start, count)), (long)count);
        hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(population.IntegersOfRows(start, count)), (long)hash);
        return XxHash3.HashToUInt64(population.BitsOfRows(start, count), (long)hash);
    }

    /// <summary>True when <paramref name="recorded"/> is the fingerprint of those rows, as this or an earlier form computes it.</summary>
    public static bool Matches(ulong recorded, Population population, int start, int count) =>
        recorded == Of(population, start, count) || recorded == FourLanes(population, start, count)
        || recorded == Compute(population, start, count, fourLanes: false);

    /// <summary>The fingerprint as journals written with the four-lane mix hold it.</summary>
    internal static ulong FourLanes(Population population, int start, int count) => Compute(population, start, count, fourLanes: true);

    private static ulong Compute(Population population, int start, int count, bool fourLanes)
    {
        ulong hash = (ulong)count * Multiplier;
        hash = Mix(hash, MemoryMarshal.AsBytes(population.RealsOfRows(start, count)), fourLanes);
        hash = Mix(hash, MemoryMarshal.AsBytes(population.IntegersOfRows(start, count)), fourLanes);
        hash = Mix(hash, population.BitsOfRows(start, count), fourLanes);
        return Finish(hash);
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes, bool fourLanes) => fourLanes ? MixLanes(hash, bytes) : MixSerially(hash, bytes);

    private static ulong MixLanes(ulong hash, ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(bytes);
        ulong a = hash, b = hash ^ 0x243F6A8885A308D3, c = hash ^ 0x13198A2E03707344, d = hash ^ 0xA4093822299F31D0;
        int i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = BitOperations.RotateLeft(a ^ words[i], 27) * Multiplier;
            b = BitOperations.RotateLeft(b ^ words[i + 1], 27) * Multiplier;
            c = BitOperations.RotateLeft(c ^ words[i + 2], 27) * Multiplier;
            d = BitOperations.RotateLeft(d ^ words[i + 3], 27) * Multiplier;
        }
        for (; i < words.Length; i++)
        {
            a = BitOperations.RotateLeft(a ^ words[i], 27) * Multiplier;
        }
        for (int j = words.Length * sizeof(ulong); j < bytes.Length; j++)
        {
            a = BitOperations.RotateLeft(a ^ bytes[j], 27) * Multiplier;
        }
        // Lanes are folded in order, each through the mix, so that swapping two lanes' words changes the result.
        ulong folded = BitOperations.RotateLeft(a ^ b, 27) * Multiplier;
        folded = BitOperations.RotateLeft(folded ^ c, 27) * Multiplier;
        folded = BitOperations.RotateLeft(folded ^ d, 27) * Multiplier;
        return BitOperations.RotateLeft(folded ^ (ulong)bytes.Length, 31) * Multiplier;
    }

    private static ulong MixSerially(ulong hash, ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong word in words)
        {
            hash = BitOperations.RotateLeft(hash ^ word, 27) * Multiplier;
        }
        for (int i = words.Length * sizeof(ulong); i < bytes.Length; i++)
        {
            hash = BitOperations.RotateLeft(hash ^ bytes[i], 27) * Multiplier;
        }
        return BitOperations.RotateLeft(hash ^ (ulong)bytes.Length, 31) * Multiplier;
    }

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        return hash;
    }
}
