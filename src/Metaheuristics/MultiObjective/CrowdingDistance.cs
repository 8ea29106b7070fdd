using Metaheuristics.Sorting;

namespace Metaheuristics.MultiObjective;

/// <summary>
/// Crowding distance (Deb et al. 2002): for each point of a front, the sum over objectives of the normalized gap
/// between its two neighbours; the extremes of every objective get +∞. Allocates nothing after its workspace.
/// </summary>
public sealed class CrowdingDistance
{
    private readonly int _capacity;
    private readonly double[] _keys;
    private readonly int[] _scratch;
    private int[] _orders = [];
    private int _lastCount;
    private int _lastObjectives;

    /// <summary>Allocates the workspace for fronts of up to <paramref name="capacity"/> points.</summary>
    public CrowdingDistance(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _keys = new double[capacity];
        _scratch = new int[capacity];
    }

    /// <summary>
    /// The order the last computation took <paramref name="objective"/> in: positions 0..n−1 into its front, sorted by
    /// that objective, equal values in position order. A subset of the front can start from it
    /// (<see cref="ComputeFromOrders"/>) instead of sorting again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The last front had no such objective.</exception>
    public ReadOnlySpan<int> LastOrder(int objective)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(objective);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(objective, _lastObjectives);
        return _orders.AsSpan(objective * _lastCount, _lastCount);
    }

    /// <summary>Every objective's <see cref="LastOrder"/>, one after another: M rows of n positions.</summary>
    public ReadOnlySpan<int> LastOrders => _orders.AsSpan(0, _lastObjectives * _lastCount);

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
        if (!lexicographic.IsEmpty && lexicographic.Length != front.Length)
        {
            throw new ArgumentException($"{lexicographic.Length} positions in the order for a front of {front.Length}.", nameof(lexicographic));
        }
        Compute(objectives, objectiveCount, front, lexicographic, [], distances);
    }

    /// <summary>
    /// The same distances as the sorting form, bit for bit, from each objective's order of the front, such as a
    /// superset's <see cref="LastOrder"/> filtered down to this front: no sort at all. Ties may come in any order; an
    /// order that turns out not to be sorted is sorted.
    /// </summary>
    /// <param name="objectives">The row-major objective matrix.</param>
    /// <param name="objectiveCount">Its columns.</param>
    /// <param name="front">The front's rows.</param>
    /// <param name="orders">
    /// <paramref name="objectiveCount"/> rows of n positions into <paramref name="front"/>, row k sorted by objective k.
    /// </param>
    /// <param name="distances">Receives the distance of <c>front[i]</c> at <c>i</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="orders"/> is not objectiveCount × n.</exception>
    public void ComputeFromOrders(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, ReadOnlySpan<int> orders,
        Span<double> distances)
    {
        if (orders.Length != front.Length * objectiveCount)
        {
            throw new ArgumentException($"{orders.Length} positions in the orders of {objectiveCount} objectives for a front of {front.Length}.", nameof(orders));
        }
        Compute(objectives, objectiveCount, front, [], orders, distances);
    }

    private void Compute(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, ReadOnlySpan<int> lexicographic,
        ReadOnlySpan<int> orders, Span<double> distances)
    {
        int n = front.Length;
        if (n > _capacity)
        {
            throw new ArgumentException($"{n} points exceed the workspace's capacity of {_capacity}.", nameof(front));
        }
        if (_orders.Length < _capacity * objectiveCount)
        {
            _orders = new int[_capacity * objectiveCount];
        }
        _lastCount = n;
        _lastObjectives = objectiveCount;
        distances[..n].Clear();
        if (n == 0)
        {
            return;
        }
        Span<double> sorted = _keys.AsSpan(0, n);
        for (int objective = 0; objective < objectiveCount; objective++)
        {
            Span<int> order = _orders.AsSpan(objective * n, n);
            ReadOnlySpan<int> known = !orders.IsEmpty ? orders.Slice(objective * n, n)
                : !lexicographic.IsEmpty && (objective == 0 || objective == 1 && objectiveCount == 2) ? lexicographic
                : [];
            bool reversed = orders.IsEmpty && objective == 1;
            if (known.IsEmpty || !TryTakeOrder(objectives, objectiveCount, front, known, reversed, objective, order, sorted))
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
    /// The order by <paramref name="objective"/> from a known one (read backwards when <paramref name="reversed"/>: the
    /// second objective of two along the lexicographic order), false when it turns out not to be sorted, with runs of
    /// equal keys put in position order, as the sorting form leaves them.
    /// </summary>
    private bool TryTakeOrder(ReadOnlySpan<double> objectives, int m, ReadOnlySpan<int> front, ReadOnlySpan<int> known,
        bool reversed, int objective, Span<int> order, Span<double> sorted)
    {
        int n = front.Length;
        for (int i = 0; i < n; i++)
        {
            int position = reversed ? known[n - 1 - i] : known[i];
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
