using Metaheuristics.Sorting;

namespace Metaheuristics.MultiObjective;

/// <summary>
/// Crowding distance (Deb et al. 2002): for each point of a front, the sum over objectives of the normalized gap
/// between its two neighbours; the extremes of every objective get +∞. Allocates nothing after its workspace.
/// </summary>
public sealed class CrowdingDistance
{
    private readonly int[] _order;
    private readonly double[] _keys;
    private readonly int[] _scratch;

    /// <summary>Allocates the workspace for fronts of up to <paramref name="capacity"/> points.</summary>
    public CrowdingDistance(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _order = new int[capacity];
        _keys = new double[capacity];
        _scratch = new int[capacity];
    }

    /// <summary>Writes the distance of <c>front[i]</c> (a row of <paramref name="objectives"/>) into <c>distances[i]</c>.</summary>
    public void Compute(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, Span<double> distances) =>
        Compute(objectives, objectiveCount, front, [], distances);

    /// <summary>
    /// The same distances as <see cref="Compute(ReadOnlySpan{double}, int, ReadOnlySpan{int}, Span{double})"/>, bit for
    /// bit, from the front's lexicographic order when the caller has it (a non-dominated sort went through it): the
    /// first objective needs no sort then, nor, for two objectives, the second, since along a two-objective front f₂
    /// falls as f₁ rises. Ties may come in any order; they are put in position order, as the sorting form puts them.
    /// </summary>
    /// <param name="objectives">The row-major objective matrix.</param>
    /// <param name="objectiveCount">Its columns.</param>
    /// <param name="front">The front's rows.</param>
    /// <param name="lexicographic">
    /// Positions 0..n−1 into <paramref name="front"/> in the lexicographic order of their rows' objectives, or empty
    /// to sort every objective.
    /// </param>
    /// <param name="distances">Receives the distance of <c>front[i]</c> at <c>i</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="lexicographic"/> is neither empty nor as long as the front.</exception>
    public void Compute(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, ReadOnlySpan<int> lexicographic,
        Span<double> distances)
    {
        int n = front.Length;
        if (!lexicographic.IsEmpty && lexicographic.Length != n)
        {
            throw new ArgumentException($"{lexicographic.Length} positions in the order for a front of {n}.", nameof(lexicographic));
        }
        distances[..n].Clear();
        if (n <= 2)
        {
            distances[..n].Fill(double.PositiveInfinity);
            return;
        }
        Span<int> order = _order.AsSpan(0, n);
        Span<double> sorted = _keys.AsSpan(0, n);
        for (int objective = 0; objective < objectiveCount; objective++)
        {
            bool ordered = !lexicographic.IsEmpty && (objective == 0 || objective == 1 && objectiveCount == 2);
            if (!(ordered && TryTakeOrder(objectives, objectiveCount, front, lexicographic, objective, order, sorted)))
            {
                for (int i = 0; i < n; i++)
                {
                    order[i] = i;
                    sorted[i] = objectives[front[i] * objectiveCount + objective];
                }
                StableSort.SortByKey(sorted, order, _scratch, new ItemOrder());
            }
            distances[order[0]] = double.PositiveInfinity;
            distances[order[n - 1]] = double.PositiveInfinity;
            double range = sorted[n - 1] - sorted[0];
            if (range <= 0)
            {
                continue;
            }
            for (int i = 1; i < n - 1; i++)
            {
                distances[order[i]] += (sorted[i + 1] - sorted[i - 1]) / range;
            }
        }
    }

    /// <summary>
    /// The order by <paramref name="objective"/> from the lexicographic one: itself for the first objective, reversed
    /// for the second of two (false when the front is not ordered that way after all), with runs of equal keys in
    /// position order, as the sorting form leaves them.
    /// </summary>
    private bool TryTakeOrder(ReadOnlySpan<double> objectives, int m, ReadOnlySpan<int> front, ReadOnlySpan<int> lexicographic,
        int objective, Span<int> order, Span<double> sorted)
    {
        int n = front.Length;
        for (int i = 0; i < n; i++)
        {
            int position = objective == 0 ? lexicographic[i] : lexicographic[n - 1 - i];
            order[i] = position;
            sorted[i] = objectives[front[position] * m + objective];
            if (i > 0 && sorted[i - 1].CompareTo(sorted[i]) > 0)
            {
                return false;
            }
        }
        StableSort.SortTies(sorted, order, _scratch, new ItemOrder());
        return true;
    }
}
