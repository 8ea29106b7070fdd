namespace Metaheuristics.Problems.MultiObjective;

/// <summary>Building blocks for sampling true Pareto fronts from their analytic form.</summary>
public static class ReferenceFronts
{
    /// <summary>Points sampled along a two-objective front: f₁ evenly spaced in [<paramref name="from"/>, <paramref name="to"/>], f₂ = <paramref name="f2"/>(f₁).</summary>
    public static double[][] Curve(int points, double from, double to, Func<double, double> f2)
    {
        ArgumentNullException.ThrowIfNull(f2);
        var front = new double[points][];
        for (int i = 0; i < points; i++)
        {
            double f1 = from + (to - from) * i / (points - 1);
            front[i] = [f1, f2(f1)];
        }
        return front;
    }

    /// <summary>
    /// The Das–Dennis simplex lattice: every vector of <paramref name="objectives"/> non-negative multiples of 1/H that
    /// sum to 1, for the largest H (≥ 1) that gives at most <paramref name="maxPoints"/> points.
    /// </summary>
    public static double[][] SimplexLattice(int objectives, int maxPoints)
    {
        int divisions = 1;
        while (LatticeSize(objectives, divisions + 1) <= maxPoints)
        {
            divisions++;
        }
        var points = new List<double[]>();
        var counts = new int[objectives];
        Fill(counts, 0, divisions, divisions, points);
        return [.. points];
    }

    /// <summary>The number of points of the lattice with <paramref name="divisions"/> divisions: C(H + M − 1, M − 1).</summary>
    public static long LatticeSize(int objectives, int divisions)
    {
        long size = 1;
        for (int i = 1; i < objectives; i++)
        {
            size = size * (divisions + i) / i;
        }
        return size;
    }

    /// <summary>Keeps the points no other point dominates (minimization), dropping exact duplicates.</summary>
    public static double[][] NonDominated(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var kept = new List<double[]>();
        for (int i = 0; i < points.Count; i++)
        {
            bool dominated = false;
            for (int j = 0; j < points.Count && !dominated; j++)
            {
                dominated = j != i && (Metaheuristics.MultiObjective.Dominance.Dominates(points[j], points[i])
                    || (j < i && points[j].AsSpan().SequenceEqual(points[i])));
            }
            if (!dominated)
            {
                kept.Add(points[i]);
            }
        }
        return [.. kept];
    }

    /// <summary>Scales every point of <paramref name="points"/> to unit Euclidean length (the DTLZ2–4 sphere).</summary>
    public static double[][] ProjectOntoUnitSphere(double[][] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        foreach (double[] point in points)
        {
            double norm = 0;
            foreach (double v in point)
            {
                norm += v * v;
            }
            norm = Math.Sqrt(norm);
            for (int i = 0; i < point.Length; i++)
            {
                point[i] /= norm;
            }
        }
        return points;
    }

    private static void Fill(int[] counts, int index, int left, int divisions, List<double[]> points)
    {
        if (index == counts.Length - 1)
        {
            counts[index] = left;
            var point = new double[counts.Length];
            for (int i = 0; i < counts.Length; i++)
            {
                point[i] = (double)counts[i] / divisions;
            }
            points.Add(point);
            return;
        }
        for (int c = 0; c <= left; c++)
        {
            counts[index] = c;
            Fill(counts, index + 1, left - c, divisions, points);
        }
    }
}
