using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>
/// Linear ranking (Baker 1985): rank r of n (0 best) is drawn with probability (s − (2s − 2)·r/(n − 1))/n, where
/// <see cref="SelectionPressure"/> s ∈ [1, 2] is the expected number of copies of the best.
/// </summary>
public sealed class LinearRankSelection : ISelection
{
    /// <summary>Creates the selection.</summary>
    public LinearRankSelection(double selectionPressure = 1.5)
    {
        if (!(selectionPressure is >= 1 and <= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(selectionPressure), selectionPressure, "selectionPressure must be in [1, 2].");
        }
        SelectionPressure = selectionPressure;
    }

    /// <summary>s.</summary>
    public double SelectionPressure { get; }

    /// <inheritdoc/>
    public void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random)
    {
        for (int i = 0; i < chosen.Length; i++)
        {
            chosen[i] = RankAt(pool.Count, random.NextDouble());
        }
    }

    // The cumulative probability F(r) = (r + 1)/n · (s − (s − 1)·r/(n − 1)) rises with r: the draw is the smallest r with F(r) > u.
    private int RankAt(int n, double u)
    {
        if (n == 1)
        {
            return 0;
        }
        double s = SelectionPressure;
        int low = 0, high = n - 1;
        while (low < high)
        {
            int mid = (low + high) / 2;
            double cumulative = (mid + 1) * (s - (s - 1) * mid / (n - 1)) / n;
            if (cumulative > u)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return low;
    }
}
