using Metaheuristics.Operators;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.Operators;

public sealed class DistributionPowersTests
{
    // Whole indices take repeated squaring, the others Math.Pow; 63 is the largest squared exponent (η + 1 = 64).
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(15)]
    [TestCase(20)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(2.5)]
    [TestCase(100)]
    public void PowerAndRoots_MatchMathPowWithin1e14Relative(double distributionIndex)
    {
        var powers = new DistributionPowers(distributionIndex);
        double exponent = distributionIndex + 1;
        var random = RandomStream.Create(5, StreamPurpose.Sampling, 0, 0);
        for (int trial = 0; trial < 10_000; trial++)
        {
            // The operators' arguments: spreads β ≥ 1 up to far bounds, and quantiles in (0, 2].
            double beta = 1 + random.NextDouble() * (trial % 2 == 0 ? 3 : 1e3);
            double quantile = 2 * random.NextDouble() + 1e-300;
            Assert.That(powers.Power(beta), Is.EqualTo(Math.Pow(beta, exponent)).Within(1e-12).Percent, $"{beta}^{exponent}");
            Assert.That(powers.Root(quantile), Is.EqualTo(Math.Pow(quantile, 1 / exponent)).Within(1e-12).Percent, $"root of {quantile}");
        }
    }

    [Test]
    public void Edges_ZeroAndInfinity_AsMathPow()
    {
        var powers = new DistributionPowers(20);
        Assert.Multiple(() =>
        {
            Assert.That(powers.Power(0), Is.EqualTo(0));
            Assert.That(powers.Power(1), Is.EqualTo(1));
            Assert.That(powers.Power(1e300), Is.EqualTo(double.PositiveInfinity));
            Assert.That(powers.Root(0), Is.EqualTo(0));
            Assert.That(powers.Root(1), Is.EqualTo(1));
        });
    }

    // 999 roots leave padding in the last vector; the batch must not disturb the roots before it.
    [TestCase(999)]
    [TestCase(1_000)]
    public void RootsInPlace_MatchesMathPowWithin1e14Relative_AndKeepsTheEdges(int count)
    {
        var powers = new DistributionPowers(20);
        var random = RandomStream.Create(6, StreamPurpose.Sampling, 0, 0);
        int capacity = DistributionPowers.BatchCapacity(count);
        Assert.That(capacity, Is.EqualTo(1_000));
        var values = new double[capacity];
        var exponents = new double[capacity];
        var expected = new double[count];
        for (int k = 0; k < count; k++)
        {
            values[k] = k < 4 ? k % 2 : 2 * random.NextDouble() + 1e-300;
            bool reciprocal = k % 3 == 0;
            exponents[k] = reciprocal ? -powers.RootExponent : powers.RootExponent;
            expected[k] = Math.Pow(reciprocal ? 1 / values[k] : values[k], powers.RootExponent);
        }
        DistributionPowers.RootsInPlace(values, exponents, count);
        Assert.Multiple(() =>
        {
            Assert.That(values[0], Is.EqualTo(double.PositiveInfinity), "root of 1/0");
            Assert.That(values[1], Is.EqualTo(1), "root of 1");
            Assert.That(values[2], Is.EqualTo(0), "root of 0");
            for (int k = 3; k < count; k++)
            {
                Assert.That(values[k], Is.EqualTo(expected[k]).Within(1e-12).Percent, $"slot {k}");
            }
        });
        Assert.Throws<ArgumentException>(() => DistributionPowers.RootsInPlace(new double[3], new double[4], 3));
    }
}
