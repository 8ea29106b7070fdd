using Metaheuristics.MultiObjective;

namespace Metaheuristics.Tests.MultiObjective;

public sealed class IndicatorTests
{
    [Test]
    public void Hypervolume_TwoObjectives_HandComputed()
    {
        // Staircase of (1, 3), (2, 2), (3, 1) against (4, 4): 3·1 + 2·1 + 1·1 = 6.
        double[][] points = [[2, 2], [1, 3], [3, 1]];
        Assert.That(Hypervolume.Compute(points, [4, 4]), Is.EqualTo(6).Within(1e-12));
    }

    [Test]
    public void Hypervolume_PointsOutsideOrDominated_IgnoredOrAddNothing()
    {
        double[][] points = [[1, 1], [2, 2], [5, 0], [1, 1]];
        Assert.That(Hypervolume.Compute(points, [3, 3]), Is.EqualTo(4).Within(1e-12));
    }

    [Test]
    public void Hypervolume_ThreeObjectives_HandComputed()
    {
        // Two boxes against (2, 2, 2): (0, 0, 1) dominates 2·2·1 = 4; (1, 1, 0) adds 1·1·1 below z = 1: total 5.
        double[][] points = [[0, 0, 1], [1, 1, 0]];
        Assert.That(Hypervolume.Compute(points, [2, 2, 2]), Is.EqualTo(5).Within(1e-12));
    }

    [Test]
    public void Hypervolume_ThreeAndFourObjectives_AgreeWithInclusionExclusion()
    {
        var random = new Random(3);
        foreach (int m in new[] { 3, 4 })
        {
            for (int trial = 0; trial < 50; trial++)
            {
                int n = random.Next(1, 7);
                double[][] points = [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray())];
                double[] reference = [.. Enumerable.Repeat(1.0, m)];
                Assert.That(Hypervolume.Compute(points, reference), Is.EqualTo(InclusionExclusion(points, reference)).Within(1e-12));
            }
        }
    }

    [Test]
    public void Hypervolume_TwoObjectivesViaSlicing_AgreesWithSweep()
    {
        // A 3-objective set whose third objective is constant is the 2-objective set times the slab height.
        var random = new Random(9);
        double[][] flat = [.. Enumerable.Range(0, 200).Select(_ => new[] { random.NextDouble(), random.NextDouble() })];
        double[][] lifted = [.. flat.Select(p => new[] { p[0], p[1], 0.5 })];
        Assert.That(Hypervolume.Compute(lifted, [1, 1, 1]), Is.EqualTo(0.5 * Hypervolume.Compute(flat, [1, 1])).Within(1e-12));
    }

    [TestCase(0.0)]
    [TestCase(0.05)]
    public void Hypervolume_ThreeObjectives_AgreesWithSlicesOfTwoObjectiveSweeps(double grid)
    {
        // The reference: slabs between consecutive f3 values, each the 2-D hypervolume of the points below it (computed
        // by the independent 2-D sweep) times its thickness. Rounding to a grid makes ties and duplicates.
        var random = new Random(17);
        for (int trial = 0; trial < 20; trial++)
        {
            double[][] points = [.. Enumerable.Range(0, 150).Select(_ => Enumerable.Range(0, 3)
                .Select(_ => grid > 0 ? Math.Round(random.NextDouble() / grid) * grid : random.NextDouble()).ToArray())];
            double[][] sorted = [.. points.Where(p => p.All(v => v < 1)).OrderBy(p => p[2])];
            double expected = 0;
            for (int i = 0; i < sorted.Length; i++)
            {
                double top = i + 1 < sorted.Length ? sorted[i + 1][2] : 1;
                double[][] below = [.. sorted.Take(i + 1).Select(p => new[] { p[0], p[1] })];
                expected += (top - sorted[i][2]) * Hypervolume.Compute(below, [1, 1]);
            }
            Assert.That(Hypervolume.Compute(points, [1, 1, 1]), Is.EqualTo(expected).Within(1e-12));
        }
    }

    [Test]
    public void Distances_ReferenceFrontToItself_AreZero()
    {
        double[][] front = [.. Enumerable.Range(0, 50).Select(i => new[] { i / 49.0, 1 - Math.Sqrt(i / 49.0) })];
        Assert.That(QualityIndicators.InvertedGenerationalDistance(front, front), Is.Zero);
        Assert.That(QualityIndicators.InvertedGenerationalDistancePlus(front, front), Is.Zero);
        Assert.That(QualityIndicators.GenerationalDistance(front, front), Is.Zero);
    }

    [Test]
    public void InvertedGenerationalDistancePlus_BetterPointsCostNothing()
    {
        double[][] reference = [[1, 1]];
        Assert.That(QualityIndicators.InvertedGenerationalDistancePlus([[0.5, 0.5]], reference), Is.Zero);
        Assert.That(QualityIndicators.InvertedGenerationalDistance([[0.5, 0.5]], reference), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-12));
        Assert.That(QualityIndicators.InvertedGenerationalDistancePlus([[2, 0]], reference), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void SpreadAndSpacing_EvenSetReachingTheExtremes_AreZero()
    {
        double[][] line = [.. Enumerable.Range(0, 11).Select(i => new[] { i / 10.0, 1 - i / 10.0 })];
        Assert.That(QualityIndicators.Spacing(line), Is.EqualTo(0).Within(1e-12));
        Assert.That(QualityIndicators.Spread(line, line), Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void Spread_ClusteredSetMissingAnEnd_IsLarger()
    {
        double[][] reference = [.. Enumerable.Range(0, 101).Select(i => new[] { i / 100.0, 1 - i / 100.0 })];
        double[][] even = [.. Enumerable.Range(0, 11).Select(i => new[] { i / 10.0, 1 - i / 10.0 })];
        double[][] clustered = [.. Enumerable.Range(0, 11).Select(i => new[] { i / 40.0, 1 - i / 40.0 })];
        Assert.That(QualityIndicators.Spread(clustered, reference), Is.GreaterThan(QualityIndicators.Spread(even, reference) + 0.5));
        // Hand value: spacings 0.3 and 0.1 → Manhattan gaps 0.6, 0.2; nearest distances 0.6, 0.2, 0.2 → mean 1/3, sd 0.2309.
        double[][] uneven = [[0, 1], [0.3, 0.7], [0.4, 0.6]];
        Assert.That(QualityIndicators.Spacing(uneven), Is.EqualTo(Math.Sqrt((Math.Pow(0.6 - 1 / 3.0, 2) + 2 * Math.Pow(0.2 - 1 / 3.0, 2)) / 2)).Within(1e-12));
    }

    private static double InclusionExclusion(double[][] points, double[] reference)
    {
        int n = points.Length, m = reference.Length;
        double total = 0;
        for (int mask = 1; mask < 1 << n; mask++)
        {
            double volume = 1;
            int bits = 0;
            for (int d = 0; d < m; d++)
            {
                double worst = double.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        worst = Math.Max(worst, points[i][d]);
                    }
                }
                volume *= Math.Max(0, reference[d] - worst);
            }
            for (int i = 0; i < n; i++)
            {
                bits += (mask >> i) & 1;
            }
            total += bits % 2 == 1 ? volume : -volume;
        }
        return total;
    }
}
