using Metaheuristics.Statistics;

namespace Metaheuristics.Tests.Statistics;

public sealed class RankSumTestTests
{
    // R's own example for wilcox.test (?wilcox.test): alternative = "greater" gives W = 35, p = 0.1272, so the
    // two-sided p is twice that: 0.2544.
    private static readonly double[] RExampleX = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] RExampleY = [1.15, 0.88, 0.90, 0.74, 1.21];

    [Test]
    public void Compare_RDocumentationExample_MatchesRExactValue()
    {
        RankSumResult result = RankSumTest.Compare(RExampleX, RExampleY);

        Assert.That(result.IsExact, Is.True);
        Assert.That(result.Statistic, Is.EqualTo(35));
        Assert.That(result.PValue, Is.EqualTo(0.2544122544).Within(1e-9));
        Assert.That(result.MeanRankDifference, Is.GreaterThan(0));
    }

    [Test]
    public void Compare_SwappedSamples_SameStatisticFromTheOtherSideAndSamePValue()
    {
        RankSumResult forward = RankSumTest.Compare(RExampleX, RExampleY);
        RankSumResult backward = RankSumTest.Compare(RExampleY, RExampleX);

        Assert.That(backward.Statistic, Is.EqualTo(RExampleX.Length * RExampleY.Length - forward.Statistic));
        Assert.That(backward.PValue, Is.EqualTo(forward.PValue).Within(1e-12));
        Assert.That(backward.MeanRankDifference, Is.EqualTo(-forward.MeanRankDifference).Within(1e-12));
    }

    [Test]
    public void Compare_TiedSamples_MatchesRNormalApproximation()
    {
        // R's depression data (?wilcox.test) taken as two independent samples; y holds ties, so R falls back to the
        // normal approximation: wilcox.test(x, y) gives W = 58, p-value = 0.1329.
        double[] x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
        double[] y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

        RankSumResult result = RankSumTest.Compare(x, y);

        Assert.That(result.IsExact, Is.False);
        Assert.That(result.Statistic, Is.EqualTo(58));
        Assert.That(result.PValue, Is.EqualTo(0.13291945818).Within(1e-9));
    }

    [Test]
    public void Compare_TiesAcrossSamples_CountHalfInTheStatistic()
    {
        // Ranks of 1 2 2 2 3 3 3 4 5 6 7: x = {1, 2, 2, 3, 4} holds rank sums 1 + 3 + 3 + 6 + 8 = 21, so W = 21 − 15 = 6;
        // tie term Σ(t³ − t) = 24 + 24; z = (6 − 15 + 0.5) / √(30/12 · (12 − 48/110)) gives p = 0.11390.
        RankSumResult result = RankSumTest.Compare([1, 2, 2, 3, 4], [2, 3, 3, 5, 6, 7]);

        Assert.That(result.Statistic, Is.EqualTo(6));
        Assert.That(result.PValue, Is.EqualTo(0.1139031446).Within(1e-9));
    }

    [Test]
    public void Compare_AllValuesTied_PValueIsOne()
    {
        RankSumResult result = RankSumTest.Compare([1, 1, 1, 1, 1], [1, 1, 1, 1]);

        Assert.That(result.PValue, Is.EqualTo(1));
        Assert.That(result.IsSignificant(), Is.False);
    }

    [Test]
    public void Compare_CompletelySeparatedSamplesOf31_Significant()
    {
        // 31 vs 31 runs, as a suite compares them: no overlap at all is as significant as the test can say.
        double[] low = new double[31], high = new double[31];
        for (int i = 0; i < 31; i++)
        {
            low[i] = i;
            high[i] = 100 + i;
        }

        RankSumResult result = RankSumTest.Compare(low, high);

        Assert.That(result.IsExact, Is.True);
        Assert.That(result.Statistic, Is.EqualTo(0));
        Assert.That(result.PValue, Is.LessThan(1e-15).And.GreaterThan(0));
        Assert.That(result.MeanRankDifference, Is.EqualTo(-31));
    }

    [Test]
    public void Compare_SmallSamplesWithoutTies_ExactPValueEqualsFullEnumeration()
    {
        var random = new System.Random(20261202);
        for (int trial = 0; trial < 200; trial++)
        {
            int m = random.Next(1, 7), n = random.Next(1, 7);
            double[] x = Sample(random, m), y = Sample(random, n);

            RankSumResult result = RankSumTest.Compare(x, y);

            Assert.That(result.IsExact, Is.True);
            Assert.That(result.PValue, Is.EqualTo(EnumeratedTwoSided(x, y)).Within(1e-12), $"trial {trial}");
        }
    }

    [Test]
    public void Compare_EmptyOrNaNSample_Throws()
    {
        Assert.Throws<ArgumentException>(() => RankSumTest.Compare([], [1.0]));
        Assert.Throws<ArgumentException>(() => RankSumTest.Compare([1.0], [double.NaN]));
    }

    private static double[] Sample(System.Random random, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.NextDouble(); // continuous draws: no ties
        }
        return values;
    }

    /// <summary>The two-sided exact p-value by relabelling: every way to pick which pooled values form the first sample.</summary>
    private static double EnumeratedTwoSided(double[] x, double[] y)
    {
        double[] pooled = [.. x, .. y];
        int m = x.Length, total = pooled.Length;
        double observed = U(x, y);
        int below = 0, above = 0, all = 0;
        for (int mask = 0; mask < 1 << total; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != m)
            {
                continue;
            }
            var first = new List<double>();
            var second = new List<double>();
            for (int i = 0; i < total; i++)
            {
                ((mask >> i & 1) == 1 ? first : second).Add(pooled[i]);
            }
            double u = U([.. first], [.. second]);
            all++;
            below += u <= observed ? 1 : 0;
            above += u >= observed ? 1 : 0;
        }
        return Math.Min(1, 2.0 * Math.Min(below, above) / all);
    }

    private static double U(double[] x, double[] y)
    {
        double count = 0;
        foreach (double a in x)
        {
            foreach (double b in y)
            {
                count += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return count;
    }
}
