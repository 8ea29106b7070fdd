using Metaheuristics.Sorting;

namespace Metaheuristics.MultiObjective;

/// <summary>
/// Non-dominated sorting of minimized objective vectors: rank 0 is the Pareto front, rank 1 the front once rank 0 is
/// removed, and so on. Points are taken in lexicographic order, so only earlier points can dominate a later one; each
/// point's front is found by binary search over the fronts (ENS-BS, Zhang et al. 2015). For two objectives the test
/// against a front is O(1) (its last point has the smallest f₂), which makes the whole sort O(N log N); for three, each
/// front keeps the staircase of its (f₂, f₃) projections, so the test is a binary search; for more it scans the front
/// backwards. Equal points share a rank. Allocates nothing once its buffers have grown to the sizes in use.
/// </summary>
public sealed class NonDominatedSorting
{
    private readonly int[] _order;
    private readonly double[] _keys;
    private readonly int[] _scratch;
    private readonly int[] _lastOfFront;
    private readonly int[] _previousInFront;
    private readonly Staircases _staircases;
    private int _sortedCount;

    /// <summary>Allocates the workspace for sorting up to <paramref name="capacity"/> points.</summary>
    public NonDominatedSorting(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _order = new int[capacity];
        _keys = new double[capacity];
        _scratch = new int[capacity];
        _lastOfFront = new int[capacity];
        _previousInFront = new int[capacity];
        _staircases = new Staircases(capacity);
    }

    /// <summary>The most points one call can sort.</summary>
    public int Capacity { get; }

    /// <summary>
    /// The positions (indices into the last call's <c>points</c>) in the lexicographic order of their objective vectors
    /// that the last <see cref="Sort"/> went through, equal vectors in position order. Each front taken in this order
    /// is sorted by f₁, which is what <see cref="CrowdingDistance.Compute(ReadOnlySpan{double}, int, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{double})"/>
    /// can start from instead of sorting again.
    /// </summary>
    public ReadOnlySpan<int> LexicographicOrder => _order.AsSpan(0, _sortedCount);

    /// <summary>
    /// Ranks the points <paramref name="points"/> (indices of rows of the row-major <paramref name="objectives"/>
    /// matrix with <paramref name="objectiveCount"/> columns); writes the rank of <c>points[i]</c> into <c>ranks[i]</c>.
    /// </summary>
    /// <returns>The number of fronts.</returns>
    public int Sort(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> points, Span<int> ranks)
    {
        int n = points.Length;
        if (n > Capacity)
        {
            throw new ArgumentException($"{n} points exceed the sorter's capacity of {Capacity}.", nameof(points));
        }
        _sortedCount = n;
        if (n == 0)
        {
            return 0;
        }
        // Sort positions 0..n−1 lexicographically by their points' objectives: by f₁ as a primitive key, then ties.
        Span<int> order = _order.AsSpan(0, n);
        Span<double> firstObjective = _keys.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            firstObjective[i] = objectives[points[i] * objectiveCount];
        }
        StableSort.SortByKey(firstObjective, order, _scratch, new Lexicographic(objectives, points, objectiveCount));

        int fronts = 0;
        bool staircase = objectiveCount == 3;
        _staircases.Clear();
        for (int k = 0; k < n; k++)
        {
            int position = order[k];
            ReadOnlySpan<double> point = objectives.Slice(points[position] * objectiveCount, objectiveCount);
            int low = 0, high = fronts;
            while (low < high)
            {
                int middle = (low + high) / 2;
                bool dominated = staircase
                    ? _staircases.Dominates(middle, point[0], point[1], point[2])
                    : FrontDominates(objectives, objectiveCount, points, middle, point);
                if (dominated)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            if (low == fronts)
            {
                fronts++;
                _previousInFront[position] = -1;
                if (staircase)
                {
                    _staircases.Open(low);
                }
            }
            else
            {
                _previousInFront[position] = _lastOfFront[low];
            }
            _lastOfFront[low] = position;
            ranks[position] = low;
            if (staircase)
            {
                _staircases.Insert(low, point[0], point[1], point[2]);
            }
        }
        return fronts;
    }

    /// <summary>The reference O(M·N²) sort (Deb et al. 2002): compares every pair. For tests and tiny sets.</summary>
    public static int SortNaive(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> points, Span<int> ranks)
    {
        int n = points.Length;
        var dominatedBy = new int[n];
        var dominates = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            dominates[i] = [];
        }
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> a = objectives.Slice(points[i] * objectiveCount, objectiveCount);
            for (int j = 0; j < n; j++)
            {
                ReadOnlySpan<double> b = objectives.Slice(points[j] * objectiveCount, objectiveCount);
                if (i != j && Dominance.Dominates(a, b))
                {
                    dominates[i].Add(j);
                    dominatedBy[j]++;
                }
            }
        }
        var current = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (dominatedBy[i] == 0)
            {
                current.Add(i);
            }
        }
        int rank = 0;
        while (current.Count > 0)
        {
            var next = new List<int>();
            foreach (int i in current)
            {
                ranks[i] = rank;
                foreach (int j in dominates[i])
                {
                    if (--dominatedBy[j] == 0)
                    {
                        next.Add(j);
                    }
                }
            }
            current = next;
            rank++;
        }
        return rank;
    }

    private bool FrontDominates(ReadOnlySpan<double> objectives, int m, ReadOnlySpan<int> points, int front, ReadOnlySpan<double> point)
    {
        int member = _lastOfFront[front];
        if (m == 2)
        {
            // The front's last point has its smallest f₂ and the largest f₁ so far, never above the new point's f₁.
            ReadOnlySpan<double> last = objectives.Slice(points[member] * 2, 2);
            return last[1] < point[1] || (last[1] == point[1] && last[0] < point[0]);
        }
        for (; member >= 0; member = _previousInFront[member])
        {
            if (Dominance.Dominates(objectives.Slice(points[member] * m, m), point))
            {
                return true;
            }
        }
        return false;
    }

    private readonly ref struct Lexicographic(ReadOnlySpan<double> matrix, ReadOnlySpan<int> rows, int columns) : IComparer<int>
    {
        private readonly ReadOnlySpan<double> _matrix = matrix;
        private readonly ReadOnlySpan<int> _rows = rows;

        public int Compare(int x, int y)
        {
            ReadOnlySpan<double> a = _matrix.Slice(_rows[x] * columns, columns);
            ReadOnlySpan<double> b = _matrix.Slice(_rows[y] * columns, columns);
            for (int i = 0; i < columns; i++)
            {
                int c = a[i].CompareTo(b[i]);
                if (c != 0)
                {
                    return c;
                }
            }
            return x.CompareTo(y);
        }
    }
}
