namespace Metaheuristics.Sorting;

/// <summary>
/// Orders items by their own value. As the tie order of <see cref="StableSort.SortByKey"/> over positions 0..n−1 it
/// makes the key sort stable.
/// </summary>
public readonly struct ItemOrder : IComparer<int>
{
    /// <inheritdoc/>
    public int Compare(int x, int y) => x.CompareTo(y);
}
