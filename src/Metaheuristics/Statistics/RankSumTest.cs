using MathNet.Numerics.Distributions;

namespace Metaheuristics.Statistics;

/// <summary>
/// The Wilcoxon rank-sum test (Mann &amp; Whitney 1947), two-sided: do two independent samples come from the same
/// distribution? The test the multi-objective literature uses to mark one optimizer's runs as better (+), worse (−)
/// or not different (≈) from another's.
/// </summary>
/// <remarks>
/// It follows R's <c>wilcox.test(x, y, exact = NULL, correct = TRUE)</c>, so its p-values can be checked against R:
/// the exact null distribution when both samples have fewer than 50 values and no value is tied, otherwise the normal
/// approximation with the tie-corrected variance and a continuity correction of one half.
/// </remarks>
public static class RankSumTest
{
    private const int ExactLimit = 50;

    /// <summary>Tests <paramref name="first"/> against <paramref name="second"/>.</summary>
    /// <param name="first">The first sample (at least one value, none NaN).</param>
    /// <param name="second">The second sample (at least one value, none NaN).</param>
    /// <exception cref="ArgumentException">A sample is empty or holds NaN.</exception>
    public static RankSumResult Compare(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        Check(first, nameof(first));
        Check(second, nameof(second));
        int m = first.Length, n = second.Length, total = m + n;
        var values = new double[total];
        first.CopyTo(values);
        second.CopyTo(values.AsSpan(m));
        var isFirst = new bool[total];
        isFirst.AsSpan(0, m).Fill(true);
        Array.Sort(values, isFirst);

        // Mid-ranks for ties; the tie term Σ(t³ − t) corrects the normal approximation's variance.
        double firstRankSum = 0, tieTerm = 0;
        for (int start = 0; start < total;)
        {
            int end = start + 1;
            while (end < total && values[end] == values[start])
            {
                end++;
            }
            double rank = (start + end + 1) / 2.0; // ranks start+1 … end, averaged
            for (int i = start; i < end; i++)
            {
                if (isFirst[i])
                {
                    firstRankSum += rank;
                }
            }
            double t = end - start;
            tieTerm += t * t * t - t;
            start = end;
        }
        double statistic = firstRankSum - m * (m + 1) / 2.0;
        double meanRankDifference = firstRankSum / m - ((double)total * (total + 1) / 2 - firstRankSum) / n;

        if (m < ExactLimit && n < ExactLimit && tieTerm == 0)
        {
            return new RankSumResult(statistic, ExactTwoSided((int)statistic, m, n), true, meanRankDifference);
        }
        double shift = statistic - m * (double)n / 2;
        double variance = m * (double)n / 12 * (total + 1 - tieTerm / ((double)total * (total - 1)));
        if (variance <= 0)
        {
            return new RankSumResult(statistic, 1, false, meanRankDifference); // every value tied
        }
        double z = (shift - 0.5 * Math.Sign(shift)) / Math.Sqrt(variance);
        double p = 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z));
        return new RankSumResult(statistic, Math.Min(1, p), false, meanRankDifference);
    }

    /// <summary>
    /// P(U ≤ u) and P(U ≥ u) under the null, doubled: U's distribution counts the m-subsets of ranks 1 … m + n by
    /// their sum, which a subset-sum table builds one rank at a time.
    /// </summary>
    private static double ExactTwoSided(int u, int m, int n)
    {
        int maxU = m * n;
        // ways[k, s]: subsets of k ranks among those seen so far whose U-contribution (sum − k(k+1)/2) is s.
        var ways = new double[(m + 1) * (maxU + 1)];
        ways[0] = 1;
        for (int rank = 1; rank <= m + n; rank++)
        {
            int highestK = Math.Min(rank, m);
            for (int k = highestK; k >= 1; k--)
            {
                // Adding rank r as the k-th smallest member lifts U by r − k (how many non-members lie below it).
                int lift = rank - k;
                if (lift < 0 || lift > n)
                {
                    continue;
                }
                int row = k * (maxU + 1), previous = (k - 1) * (maxU + 1);
                for (int s = maxU; s >= lift; s--)
                {
                    ways[row + s] += ways[previous + s - lift];
                }
            }
        }
        double below = 0, above = 0, all = 0;
        int last = m * (maxU + 1);
        for (int s = 0; s <= maxU; s++)
        {
            double count = ways[last + s];
            all += count;
            if (s <= u)
            {
                below += count;
            }
            if (s >= u)
            {
                above += count;
            }
        }
        return Math.Min(1, 2 * Math.Min(below, above) / all);
    }

    private static void Check(ReadOnlySpan<double> sample, string name)
    {
        if (sample.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", name);
        }
        foreach (double value in sample)
        {
            if (double.IsNaN(value))
            {
                throw new ArgumentException("The sample holds NaN.", name);
            }
        }
    }
}
