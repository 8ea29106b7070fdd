namespace Metaheuristics.MultiObjective;

/// <summary>
/// The hypervolume indicator of a set of minimized points against a reference point: the volume they dominate inside
/// the reference box. Exact: a sweep in 2 objectives (O(N log N)), slicing along f₃ over a kept 2-D staircase in 3 (O(N²)),
/// and recursive slicing (HSO, While et al. 2006) for 4 or more, limited to <see cref="MaxPointsForManyObjectives"/>
/// points because its cost grows exponentially with the number of objectives.
/// </summary>
public static class Hypervolume
{
    /// <summary>The most points accepted for 4 or more objectives.</summary>
    public const int MaxPointsForManyObjectives = 300;

    /// <summary>The hypervolume of <paramref name="points"/> (user sense ignored: all minimized) against <paramref name="reference"/>.</summary>
    /// <remarks>Points not strictly better than the reference in every objective contribute nothing and are ignored.</remarks>
    public static double Compute(IReadOnlyList<double[]> points, ReadOnlySpan<double> reference)
    {
        ArgumentNullException.ThrowIfNull(points);
        int m = reference.Length;
        if (m < 2)
        {
            throw new ArgumentException("Hypervolume needs at least two objectives.", nameof(reference));
        }
        var inside = new List<double[]>(points.Count);
        foreach (double[] point in points)
        {
            if (point.Length != m)
            {
                throw new ArgumentException($"A point has {point.Length} objectives; the reference point has {m}.", nameof(points));
            }
            bool within = true;
            for (int i = 0; i < m && within; i++)
            {
                within = point[i] < reference[i];
            }
            if (within)
            {
                inside.Add(point);
            }
        }
        if (m >= 4 && inside.Count > MaxPointsForManyObjectives)
        {
            throw new ArgumentException(
                $"Exact hypervolume in {m} objectives is limited to {MaxPointsForManyObjectives} points inside the reference box; got {inside.Count}.", nameof(points));
        }
        return Slice(inside, reference.ToArray(), m);
    }

    private static double Slice(List<double[]> points, double[] reference, int dimensions)
    {
        if (points.Count == 0)
        {
            return 0;
        }
        if (dimensions == 2)
        {
            return Sweep2D(points, reference);
        }
        if (dimensions == 3)
        {
            return Sweep3D(points, reference);
        }
        int last = dimensions - 1;
        points.Sort((a, b) => a[last].CompareTo(b[last]));
        double volume = 0;
        var active = new List<double[]>(points.Count);
        for (int i = 0; i < points.Count; i++)
        {
            active.Add(points[i]);
            double top = i + 1 < points.Count ? points[i + 1][last] : reference[last];
            double thickness = top - points[i][last];
            if (thickness > 0)
            {
                volume += thickness * Slice([.. active], reference, last);
            }
        }
        return volume;
    }

    // Slices along f₃ as the general case does, but keeps the slice's 2-D non-dominated staircase from one slice to the
    // next (sorted by f₁, f₂ falling) instead of re-sorting every slice: O(N²) in the worst case, no allocation per slice.
    private static double Sweep3D(List<double[]> points, double[] reference)
    {
        points.Sort((a, b) => a[2].CompareTo(b[2]));
        var staircase = new List<double[]>(points.Count);
        double volume = 0;
        for (int i = 0; i < points.Count; i++)
        {
            Insert(staircase, points[i]);
            double top = i + 1 < points.Count ? points[i + 1][2] : reference[2];
            double thickness = top - points[i][2];
            if (thickness > 0)
            {
                volume += thickness * StaircaseArea(staircase, reference);
            }
        }
        return volume;
    }

    private static void Insert(List<double[]> staircase, double[] point)
    {
        int low = 0, high = staircase.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (staircase[middle][0] < point[0])
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        // Before `low` every f₁ is smaller; the nearest one dominates the point when its f₂ is no larger. At `low`, a
        // step with the same f₁ dominates it when its f₂ is no larger.
        if ((low > 0 && staircase[low - 1][1] <= point[1]) ||
            (low < staircase.Count && staircase[low][0] == point[0] && staircase[low][1] <= point[1]))
        {
            return;
        }
        int end = low;
        while (end < staircase.Count && staircase[end][1] >= point[1])
        {
            end++;
        }
        staircase.RemoveRange(low, end - low);
        staircase.Insert(low, point);
    }

    private static double StaircaseArea(List<double[]> staircase, double[] reference)
    {
        double area = 0, lowest = reference[1];
        foreach (double[] step in staircase)
        {
            area += (reference[0] - step[0]) * (lowest - step[1]);
            lowest = step[1];
        }
        return area;
    }

    private static double Sweep2D(List<double[]> points, double[] reference)
    {
        points.Sort((a, b) => a[0] != b[0] ? a[0].CompareTo(b[0]) : a[1].CompareTo(b[1]));
        double area = 0, lowest = reference[1];
        foreach (double[] point in points)
        {
            if (point[1] < lowest)
            {
                area += (reference[0] - point[0]) * (lowest - point[1]);
                lowest = point[1];
            }
        }
        return area;
    }
}
