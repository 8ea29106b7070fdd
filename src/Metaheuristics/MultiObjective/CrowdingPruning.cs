namespace Metaheuristics.MultiObjective;

/// <summary>
/// Cuts a front down to the points to keep by removing its most crowded point one at a time and crowding its
/// neighbours again before the next removal (Kukkonen &amp; Deb 2006), rather than keeping the largest distances of
/// one computation (Deb et al. 2002): removing two close neighbours at once leaves a gap that a one-shot cut cannot
/// see. Each removal updates only the at most 2M points next to it along the M objective orders, through a priority
/// queue, so a cut of k points from n costs O(n log n + k·M·log n). Allocates nothing once its workspace has grown.
/// </summary>
public sealed class CrowdingPruning
{
    private readonly PriorityQueue<int, RemovalOrder> _queue;
    private int[] _previous = [];
    private int[] _next = [];
    private double[] _distances = [];
    private double[] _ranges = [];
    private bool[] _removed = [];

    /// <summary>Allocates the workspace for fronts of up to <paramref name="capacity"/> points.</summary>
    public CrowdingPruning(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _queue = new PriorityQueue<int, RemovalOrder>(capacity, RemovalOrder.Comparer);
        Grow(capacity, 3);
    }

    /// <summary>
    /// Writes into <paramref name="kept"/> the positions (into <paramref name="front"/>) of the
    /// <paramref name="kept"/>.Length points to keep, in position order. Ties in crowding go against the higher row:
    /// of equally crowded points the one with the larger row index in <paramref name="front"/> is removed first.
    /// </summary>
    /// <param name="objectives">The row-major objective matrix.</param>
    /// <param name="objectiveCount">Its columns, M.</param>
    /// <param name="front">The front's rows.</param>
    /// <param name="orders">
    /// M rows of n positions into <paramref name="front"/>, row k sorted by objective k (as
    /// <see cref="CrowdingDistance.LastOrder"/> gives them).
    /// </param>
    /// <param name="kept">Receives the kept positions; its length is the number to keep, at most n.</param>
    /// <exception cref="ArgumentException">The orders are not M × n, or more points are to be kept than the front holds.</exception>
    public void Prune(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, ReadOnlySpan<int> orders, Span<int> kept)
    {
        int n = front.Length, m = objectiveCount;
        if (orders.Length != n * m)
        {
            throw new ArgumentException($"{orders.Length} positions in the orders of {m} objectives for a front of {n}.", nameof(orders));
        }
        if (kept.Length > n)
        {
            throw new ArgumentException($"{kept.Length} points to keep from a front of {n}.", nameof(kept));
        }
        Grow(n, m);
        Span<int> previous = _previous.AsSpan(0, n * m), next = _next.AsSpan(0, n * m);
        for (int objective = 0; objective < m; objective++)
        {
            ReadOnlySpan<int> order = orders.Slice(objective * n, n);
            for (int i = 0; i < n; i++)
            {
                previous[objective * n + order[i]] = i > 0 ? order[i - 1] : -1;
                next[objective * n + order[i]] = i < n - 1 ? order[i + 1] : -1;
            }
            _ranges[objective] = n == 0 ? 0
                : objectives[front[order[n - 1]] * m + objective] - objectives[front[order[0]] * m + objective];
        }
        _removed.AsSpan(0, n).Clear();
        _queue.Clear();
        for (int position = 0; position < n; position++)
        {
            Enqueue(objectives, m, front, position);
        }
        for (int remaining = n; remaining > kept.Length; remaining--)
        {
            int position;
            RemovalOrder order;
            // Entries left behind by a later update of the same point, or of a point already gone, are stale.
            do
            {
                _queue.TryDequeue(out position, out order);
            }
            while (_removed[position] || !order.Distance.Equals(_distances[position]));
            _removed[position] = true;
            for (int objective = 0; objective < m; objective++)
            {
                int slot = objective * n + position;
                int before = previous[slot], after = next[slot];
                if (before >= 0)
                {
                    next[objective * n + before] = after;
                }
                if (after >= 0)
                {
                    previous[objective * n + after] = before;
                }
            }
            for (int objective = 0; objective < m; objective++)
            {
                int slot = objective * n + position;
                int before = previous[slot], after = next[slot];
                if (before >= 0)
                {
                    Enqueue(objectives, m, front, before);
                }
                if (after >= 0)
                {
                    Enqueue(objectives, m, front, after);
                }
            }
        }
        int count = 0;
        for (int position = 0; position < n && count < kept.Length; position++)
        {
            if (!_removed[position])
            {
                kept[count++] = position;
            }
        }
    }

    /// <summary>Crowds <paramref name="position"/> among the points still there and queues it under that distance.</summary>
    private void Enqueue(ReadOnlySpan<double> objectives, int m, ReadOnlySpan<int> front, int position)
    {
        int n = front.Length;
        double distance = 0;
        for (int objective = 0; objective < m; objective++)
        {
            int before = _previous[objective * n + position], after = _next[objective * n + position];
            if (before < 0 || after < 0)
            {
                distance = double.PositiveInfinity;
            }
            else if (_ranges[objective] > 0)
            {
                distance += (objectives[front[after] * m + objective] - objectives[front[before] * m + objective]) / _ranges[objective];
            }
        }
        // NaN (from non-finite objectives) is the most crowded, as the one-shot cut ranks it.
        distance = double.IsNaN(distance) ? double.NegativeInfinity : distance;
        _distances[position] = distance;
        _queue.Enqueue(position, new RemovalOrder(distance, front[position]));
    }

    private void Grow(int n, int m)
    {
        if (_previous.Length < n * m)
        {
            _previous = new int[n * m];
            _next = new int[n * m];
        }
        if (_distances.Length < n)
        {
            _distances = new double[n];
            _removed = new bool[n];
        }
        if (_ranges.Length < m)
        {
            _ranges = new double[m];
        }
    }

    /// <summary>The queue's order: the smallest distance first, equal distances the larger row first.</summary>
    private readonly record struct RemovalOrder(double Distance, int Row)
    {
        public static IComparer<RemovalOrder> Comparer { get; } = Comparer<RemovalOrder>.Create(
            static (x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : y.Row.CompareTo(x.Row));
    }
}
