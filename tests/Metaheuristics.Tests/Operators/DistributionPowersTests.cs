using System.Runtime.Intrinsics;
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

    [Test]
    public void VectorRoots_MatchMathPowWithin1e14Relative_AndKeepTheEdges()
    {
        var powers = new DistributionPowers(20);
        var random = RandomStream.Create(6, StreamPurpose.Sampling, 0, 0);
        Vector256<double> exponent = Vector256.Create(powers.RootExponent);
        Vector256<double> edges = DistributionPowers.Roots(Vector256.Create(0.0, 1, 0, 1), Vector256.Create(-1.0, 1, 1, -1) * exponent);
        Assert.Multiple(() =>
        {
            Assert.That(edges[0], Is.EqualTo(double.PositiveInfinity), "root of 1/0");
            Assert.That(edges[1], Is.EqualTo(1), "root of 1");
            Assert.That(edges[2], Is.EqualTo(0), "root of 0");
            Assert.That(edges[3], Is.EqualTo(1), "root of 1/1");
            for (int trial = 0; trial < 1_000; trial++)
            {
                var values = Vector256.Create(2 * random.NextDouble() + 1e-300, 2 * random.NextDouble() + 1e-300,
                    2 * random.NextDouble() + 1e-300, 2 * random.NextDouble() + 1e-300);
                Vector256<double> signs = Vector256.Create(1.0, -1, trial % 2 == 0 ? 1 : -1, 1);
                Vector256<double> roots = DistributionPowers.Roots(values, signs * exponent);
                for (int lane = 0; lane < Vector256<double>.Count; lane++)
                {
                    double expected = Math.Pow(signs[lane] < 0 ? 1 / values[lane] : values[lane], powers.RootExponent);
                    Assert.That(roots[lane], Is.EqualTo(expected).Within(1e-12).Percent, $"trial {trial}, lane {lane}");
                }
            }
        });
    }

    // The vector SBX must give the scalar operator's children bit for bit: each lane's power is the scalar one exactly.
    [TestCase(20)]
    [TestCase(15)]
    [TestCase(2.5)]
    [TestCase(100)]
    public void VectorPower_EqualsTheScalarPowerInEveryLane(double distributionIndex)
    {
        var powers = new DistributionPowers(distributionIndex);
        var random = RandomStream.Create(7, StreamPurpose.Sampling, 0, 0);
        for (int trial = 0; trial < 1_000; trial++)
        {
            var betas = Vector256.Create(1 + 3 * random.NextDouble(), 1 + 1e3 * random.NextDouble(), 1 + random.NextDouble(), 1.0);
            Vector256<double> result = powers.Power(betas);
            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                Assert.That(result[lane], Is.EqualTo(powers.Power(betas[lane])), $"trial {trial}, lane {lane}");
            }
        }
    }
}
