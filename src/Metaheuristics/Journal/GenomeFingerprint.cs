using System.Numerics;
using System.Runtime.InteropServices;
using Metaheuristics.Populations;

namespace Metaheuristics.Journal;

/// <summary>
/// A 64-bit fingerprint of the genomes of a batch, stable across processes and machines (unlike <see cref="HashCode"/>),
/// so that a replayed journal can prove it is being replayed against the run that wrote it.
/// </summary>
/// <remarks>
/// A multiply–rotate mix over 8-byte words in four independent lanes, combined at the end: one lane's chain of
/// dependent multiplies took 4.6 µs for a generation of 100 rows × 30 genes, four lanes take 1.4 µs, and every
/// journaled batch pays it twice (when recorded and when replayed). <see cref="Matches"/> also accepts the single-lane
/// fingerprint that journals written before the change hold.
/// </remarks>
internal static class GenomeFingerprint
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(Population population, int start, int count) => Compute(population, start, count, fourLanes: true);

    /// <summary>True when <paramref name="recorded"/> is the fingerprint of those rows, as this or the earlier single-lane mix computes it.</summary>
    public static bool Matches(ulong recorded, Population population, int start, int count) =>
        recorded == Of(population, start, count) || recorded == Compute(population, start, count, fourLanes: false);

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
