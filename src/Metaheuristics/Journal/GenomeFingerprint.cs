using System.Numerics;
using System.Runtime.InteropServices;
using Metaheuristics.Populations;

namespace Metaheuristics.Journal;

/// <summary>
/// A 64-bit fingerprint of the genomes of a batch, stable across processes and machines (unlike <see cref="HashCode"/>),
/// so that a replayed journal can prove it is being replayed against the run that wrote it.
/// </summary>
/// <remarks>A multiply–rotate mix over 8-byte words: a few microseconds for a generation of 100 rows × 30 genes.</remarks>
internal static class GenomeFingerprint
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(Population population, int start, int count)
    {
        ulong hash = (ulong)count * Multiplier;
        hash = Mix(hash, MemoryMarshal.AsBytes(population.RealsOfRows(start, count)));
        hash = Mix(hash, MemoryMarshal.AsBytes(population.IntegersOfRows(start, count)));
        hash = Mix(hash, population.BitsOfRows(start, count));
        return Finish(hash);
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
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
