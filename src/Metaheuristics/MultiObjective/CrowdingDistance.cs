using Metaheuristics.Sorting;

namespace Metaheuristics.MultiObjective;

/// <summary>
/// Crowding distance (Deb et al. 2002): for each point of a front, the sum over objectives of the normalized gap
/// between its two neighbours; the extremes of every objective get +∞. Allocates nothing after its workspace.
/// </summary>
public sealed class CrowdingDistance
{
    private readonly int[] _order;
    private readonly int[] _scratch;

    /// <summary>Allocates the workspace for fronts of up to <paramref name="capacity"/> points.</summary>
    public CrowdingDistance(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _order = new int[capacity];
        _scratch = new int[capacity];
    }

    /// <summary>Writes the distance of <c>front[i]</c> (a row of <paramref name="objectives"/>) into <c>distances[i]</c>.</summary>
    public void Compute(ReadOnlySpan<double> objectives, int objectiveCount, ReadOnlySpan<int> front, Span<double> distances)
    {
        int n = front.Length;
        distances[..n].Clear();
        if (n <= 2)
        {
            distances[..n].Fill(double.PositiveInfinity);
            return;
        }
        Span<int> order = _order.AsSpan(0, n);
        for (int objective = 0; objective < objectiveCount; objective++)
        {
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }
            StableSort.Sort(order, _scratch, new ByObjective(objectives, front, objectiveCount, objective));
            double low = Value(objectives, front, objectiveCount, objective, order[0]);
            double high = Value(objectives, front, objectiveCount, objective, order[n - 1]);
            distances[order[0]] = double.PositiveInfinity;
            distances[order[n - 1]] = double.PositiveInfinity;
            double range = high - low;
            if (range <= 0)
            {
                continue;
            }
            for (int i = 1; i < n - 1; i++)
            {
                double gap = Value(objectives, front, objectiveCount, objective, order[i + 1])
                    - Value(objectives, front, objectiveCount, objective, order[i - 1]);
                distances[order[i]] += gap / range;
            }
        }
    }

    private static double Value(ReadOnlySpan<double> objectives, ReadOnlySpan<int> front, int m, int objective, int position) =>
        objectives[front[position] * m + objective];

    private readonly ref struct ByObjective(ReadOnlySpan<double> matrix, ReadOnlySpan<int> rows, int columns, int column) : IComparer<int>
    {
        private readonly ReadOnlySpan<double> _matrix = matrix;
        private readonly ReadOnlySpan<int> _rows = rows;

        public int Compare(int x, int y)
        {
            int c = _matrix[_rows[x] * columns + column].CompareTo(_matrix[_rows[y] * columns + column]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }
}
