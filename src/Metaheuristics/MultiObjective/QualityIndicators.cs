namespace Metaheuristics.MultiObjective;

/// <summary>Distance-based quality indicators of an approximation set against a reference front (all minimized).</summary>
public static class QualityIndicators
{
    /// <summary>Inverted generational distance: the mean distance from each reference point to its nearest found point.</summary>
    public static double InvertedGenerationalDistance(IReadOnlyList<double[]> found, IReadOnlyList<double[]> reference) =>
        MeanNearest(reference, found, plus: false);

    /// <summary>IGD+ (Ishibuchi et al. 2015): like IGD, but only the amounts by which a found point is worse count, which makes it weakly Pareto-compliant.</summary>
    public static double InvertedGenerationalDistancePlus(IReadOnlyList<double[]> found, IReadOnlyList<double[]> reference) =>
        MeanNearest(reference, found, plus: true);

    /// <summary>Generational distance: the mean distance from each found point to its nearest reference point.</summary>
    public static double GenerationalDistance(IReadOnlyList<double[]> found, IReadOnlyList<double[]> reference) =>
        MeanNearest(found, reference, plus: false);

    /// <summary>
    /// Generalized spread Δ* (Zhou, Jin, Zhang et al. 2006; Deb's Δ for two objectives): 0 for a set that reaches the
    /// reference front's extremes and is evenly spaced, larger when it clusters or misses the ends.
    /// </summary>
    /// <remarks>The extremes are the reference points with the smallest value of each objective; distances are Euclidean.</remarks>
    public static double Spread(IReadOnlyList<double[]> found, IReadOnlyList<double[]> reference)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(reference);
        if (found.Count < 2 || reference.Count == 0)
        {
            throw new ArgumentException("Spread needs at least two found points and one reference point.");
        }
        int m = reference[0].Length;
        double extremes = 0;
        for (int objective = 0; objective < m; objective++)
        {
            double[] extreme = reference[0];
            foreach (double[] point in reference)
            {
                if (point[objective] < extreme[objective])
                {
                    extreme = point;
                }
            }
            extremes += Nearest(extreme, found, skip: null, manhattan: false);
        }
        double[] nearest = NearestNeighbourDistances(found, manhattan: false);
        double mean = nearest.Average();
        double deviation = nearest.Sum(d => Math.Abs(d - mean));
        return (extremes + deviation) / (extremes + found.Count * mean);
    }

    /// <summary>Spacing (Schott 1995): the standard deviation of each found point's Manhattan distance to its nearest neighbour; 0 when evenly spaced.</summary>
    public static double Spacing(IReadOnlyList<double[]> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count < 2)
        {
            throw new ArgumentException("Spacing needs at least two points.", nameof(found));
        }
        double[] nearest = NearestNeighbourDistances(found, manhattan: true);
        double mean = nearest.Average();
        return Math.Sqrt(nearest.Sum(d => (d - mean) * (d - mean)) / (found.Count - 1));
    }

    private static double[] NearestNeighbourDistances(IReadOnlyList<double[]> points, bool manhattan)
    {
        var distances = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            distances[i] = Nearest(points[i], points, skip: i, manhattan);
        }
        return distances;
    }

    private static double Nearest(double[] from, IReadOnlyList<double[]> to, int? skip, bool manhattan)
    {
        double best = double.PositiveInfinity;
        for (int j = 0; j < to.Count; j++)
        {
            if (j == skip)
            {
                continue;
            }
            double sum = 0;
            for (int k = 0; k < from.Length; k++)
            {
                double d = from[k] - to[j][k];
                sum += manhattan ? Math.Abs(d) : d * d;
            }
            best = Math.Min(best, manhattan ? sum : Math.Sqrt(sum));
        }
        return best;
    }

    private static double MeanNearest(IReadOnlyList<double[]> from, IReadOnlyList<double[]> to, bool plus)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Count == 0 || to.Count == 0)
        {
            throw new ArgumentException("Both sets need at least one point.");
        }
        double sum = 0;
        foreach (double[] a in from)
        {
            double nearest = double.PositiveInfinity;
            foreach (double[] b in to)
            {
                double squared = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    // For IGD+ 'a' is the reference point and 'b' the found one: only b's excess over a counts.
                    double d = plus ? Math.Max(0, b[i] - a[i]) : a[i] - b[i];
                    squared += d * d;
                }
                nearest = Math.Min(nearest, squared);
            }
            sum += Math.Sqrt(nearest);
        }
        return sum / from.Count;
    }
}
