using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metaheuristics.Sorting;

/// <summary>
/// Sorts double keys with their items by least-significant-digit radix on the keys' bits: no comparison branches,
/// so its cost does not depend on how well the processor guesses them (a comparison sort of a few hundred fresh keys
/// mispredicts about every other comparison). Equal keys end in no particular order: the caller orders ties.
/// </summary>
/// <remarks>
/// Each key becomes an order-preserving 64-bit integer whose low 16 bits are replaced by the key's position. Only the
/// six upper bytes are sorted, and bytes that all keys share are skipped; keys that differ only in the dropped bits
/// (closer than about 2⁻³⁶ relatively) are put in order by a final insertion pass that rarely moves anything.
/// </remarks>
internal static class KeyRadixSort
{
    /// <summary>The most keys it sorts: a position must fit in 16 bits.</summary>
    public const int MaxLength = 1 << 16;

    private const int StackLength = 512;
    private const int FirstByte = 2;
    private const int Bytes = 8 - FirstByte;

    /// <summary>Sorts <paramref name="keys"/> ascending in <see cref="double.CompareTo(double)"/>'s order (NaN first), permuting <paramref name="items"/> alike.</summary>
    [SkipLocalsInit]
    public static void Sort(Span<double> keys, Span<int> items)
    {
        int n = keys.Length;
        if ((uint)n > MaxLength || items.Length != n)
        {
            throw new ArgumentException($"{n} keys for {items.Length} items; at most {MaxLength}.", nameof(keys));
        }
        ulong[]? rented = null;
        Span<ulong> buffer = n <= StackLength ? stackalloc ulong[2 * StackLength] : (rented = ArrayPool<ulong>.Shared.Rent(2 * n));
        Span<int> counts = stackalloc int[Bytes * 256];
        counts.Clear();
        Span<ulong> source = buffer[..n], target = buffer.Slice(n, n);
        for (int i = 0; i < n; i++)
        {
            ulong packed = (Sortable(keys[i]) & ~0xFFFFUL) | (uint)i;
            source[i] = packed;
            for (int b = 0; b < Bytes; b++)
            {
                counts[b * 256 + (int)((packed >> (8 * (b + FirstByte))) & 0xFF)]++;
            }
        }
        for (int b = 0; b < Bytes; b++)
        {
            int shift = 8 * (b + FirstByte);
            Span<int> digit = counts.Slice(b * 256, 256);
            if (digit[(int)((source[0] >> shift) & 0xFF)] == n)
            {
                continue; // every key has this byte: the pass would not move anything
            }
            int sum = 0;
            for (int d = 0; d < 256; d++)
            {
                int count = digit[d];
                digit[d] = sum;
                sum += count;
            }
            for (int i = 0; i < n; i++)
            {
                ulong packed = source[i];
                target[digit[(int)((packed >> shift) & 0xFF)]++] = packed;
            }
            Span<ulong> swap = source;
            source = target;
            target = swap;
        }

        // Permute keys and items by the sorted positions, through the free half of the buffer.
        Span<double> keyCopy = MemoryMarshal.Cast<ulong, double>(target);
        keys.CopyTo(keyCopy);
        for (int i = 0; i < n; i++)
        {
            keys[i] = keyCopy[(int)(source[i] & 0xFFFF)];
        }
        Span<int> itemCopy = MemoryMarshal.Cast<ulong, int>(target)[..n];
        items.CopyTo(itemCopy);
        bool nearTies = false;
        for (int i = 0; i < n; i++)
        {
            items[i] = itemCopy[(int)(source[i] & 0xFFFF)];
            nearTies |= i > 0 && (source[i] ^ source[i - 1]) >> 16 == 0;
        }
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
        if (nearTies)
        {
            OrderNearTies(keys, items);
        }
    }

    /// <summary>An unsigned integer in the order <see cref="double.CompareTo(double)"/> gives: NaN lowest, then −∞ … +∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sortable(double key)
    {
        if (double.IsNaN(key))
        {
            return 0;
        }
        ulong bits = BitConverter.DoubleToUInt64Bits(key);
        // Negative keys: all bits flipped (larger magnitude sorts lower); others: the sign bit set, above all negatives.
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>
    /// Insertion pass for keys that differed only in the bits the radix passes left out; run only when two neighbours
    /// share their upper 48 bits (equal keys do too, and are left where they are).
    /// </summary>
    private static void OrderNearTies(Span<double> keys, Span<int> items)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            double key = keys[i];
            if (key.CompareTo(keys[i - 1]) >= 0)
            {
                continue;
            }
            int item = items[i], j = i - 1;
            while (j >= 0 && keys[j].CompareTo(key) > 0)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }
            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
