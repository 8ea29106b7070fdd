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
        Span<double> sorted = _keys.AsSpan(0, n);
        for (int objective = 0; objective < objectiveCount; objective++)
        {
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
                sorted[i] = objectives[front[i] * objectiveCount + objective];
            }
            StableSort.SortByKey(sorted, order, _scratch, new ItemOrder());
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
}
