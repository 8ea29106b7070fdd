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
