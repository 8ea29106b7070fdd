namespace Metaheuristics.Sorting;

/// <summary>
/// A stable, allocation-free merge sort of row indices with a caller-owned scratch buffer. The comparer is a generic
/// struct parameter, so the JIT inlines it: no delegate, no boxing, no allocation per call (unlike
/// <c>Span.Sort(IComparer)</c>, which wraps the comparer in a new delegate every time).
/// </summary>
public static class StableSort
{
    // From about this many keys the radix sort beats the runtime's introsort on fresh (unpredictable) keys.
    private const int RadixMinimum = 96;

    /// <summary>Sorts <paramref name="items"/> by <paramref name="comparer"/>, keeping equal items in their input order.</summary>
    /// <param name="items">The indices to sort.</param>
    /// <param name="scratch">At least as long as <paramref name="items"/>.</param>
    /// <param name="comparer">The order.</param>
    public static void Sort<TComparer>(Span<int> items, Span<int> scratch, TComparer comparer)
        where TComparer : struct, IComparer<int>, allows ref struct
    {
        int n = items.Length;
        if (scratch.Length < n)
        {
            throw new ArgumentException($"scratch holds {scratch.Length} items but {n} are sorted.", nameof(scratch));
        }
        const int Run = 16;
        for (int start = 0; start < n; start += Run)
        {
            InsertionSort(items[start..Math.Min(start + Run, n)], comparer);
        }
        Span<int> source = items, target = scratch[..n];
        bool inItems = true;
        for (int width = Run; width < n; width *= 2)
        {
            for (int left = 0; left < n; left += 2 * width)
            {
                int middle = Math.Min(left + width, n), right = Math.Min(left + 2 * width, n);
                Merge(source, target, left, middle, right, comparer);
            }
            Span<int> swap = source;
            source = target;
            target = swap;
            inItems = !inItems;
        }
        if (!inItems)
        {
            source.CopyTo(items);
        }
    }

    /// <summary>
    /// Sorts <paramref name="items"/> by the numeric <paramref name="keys"/> aligned with them (both are permuted), and
    /// items of equal key by <paramref name="ties"/>. The keys are sorted as primitives (by radix on their bits from
    /// <see cref="RadixMinimum"/> keys, else the runtime's introsort: no comparer calls, no indirection), and only runs of
    /// equal keys pay for the comparer: several times faster than
    /// <see cref="Sort"/> with a comparer that looks keys up, when keys are mostly distinct. NaN keys come first, as
    /// <see cref="double.CompareTo(double)"/> orders them.
    /// </summary>
    /// <param name="keys">One key per item; sorted ascending on return.</param>
    /// <param name="items">The items, permuted with their keys.</param>
    /// <param name="scratch">At least as long as the longest run of equal keys.</param>
    /// <param name="ties">The order of items with equal keys; it decides the result, so it should be total.</param>
    public static void SortByKey<TComparer>(Span<double> keys, Span<int> items, Span<int> scratch, TComparer ties)
        where TComparer : struct, IComparer<int>, allows ref struct
    {
        if (keys.Length != items.Length)
        {
            throw new ArgumentException($"{keys.Length} keys for {items.Length} items.", nameof(keys));
        }
        if (keys.Length >= RadixMinimum && keys.Length <= KeyRadixSort.MaxLength)
        {
            KeyRadixSort.Sort(keys, items);
        }
        else
        {
            keys.Sort(items);
        }
        SortTies(keys, items, scratch, ties);
    }

    /// <summary>
    /// Puts each run of equal <paramref name="keys"/> (already ascending) in the <paramref name="ties"/> order of its
    /// items: the second half of <see cref="SortByKey"/>, for a caller whose keys came sorted.
    /// </summary>
    /// <param name="keys">Keys in ascending order, one per item; they are not moved.</param>
    /// <param name="items">The items, aligned with their keys.</param>
    /// <param name="scratch">At least as long as the longest run of equal keys.</param>
    /// <param name="ties">The order of items with equal keys.</param>
    public static void SortTies<TComparer>(ReadOnlySpan<double> keys, Span<int> items, Span<int> scratch, TComparer ties)
        where TComparer : struct, IComparer<int>, allows ref struct
    {
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end].Equals(keys[start]))
            {
                end++;
            }
            if (end - start > 1)
            {
                Sort(items[start..end], scratch, ties);
            }
            start = end;
        }
    }

    private static void InsertionSort<TComparer>(Span<int> items, TComparer comparer)
        where TComparer : struct, IComparer<int>, allows ref struct
    {
        for (int i = 1; i < items.Length; i++)
        {
            int item = items[i], j = i - 1;
            while (j >= 0 && comparer.Compare(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    private static void Merge<TComparer>(Span<int> source, Span<int> target, int left, int middle, int right, TComparer comparer)
        where TComparer : struct, IComparer<int>, allows ref struct
    {
        int i = left, j = middle, k = left;
        while (i < middle && j < right)
        {
            target[k++] = comparer.Compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
        }
        while (i < middle)
        {
            target[k++] = source[i++];
        }
        while (j < right)
        {
            target[k++] = source[j++];
        }
    }
}
