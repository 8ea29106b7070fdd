using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.Randomness;

public sealed class RandomStreamTests
{
    [Test]
    public void Create_SameKey_SameSequence()
    {
        var a = RandomStream.Create(7, StreamPurpose.Sampling, 3, 11);
        var b = RandomStream.Create(7, StreamPurpose.Sampling, 3, 11);
        for (int i = 0; i < 100; i++)
        {
            Assert.That(a.NextUInt64(), Is.EqualTo(b.NextUInt64()));
        }
    }

    [TestCase(8UL, StreamPurpose.Sampling, 3, 11)]
    [TestCase(7UL, StreamPurpose.Mutation, 3, 11)]
    [TestCase(7UL, StreamPurpose.Sampling, 4, 11)]
    [TestCase(7UL, StreamPurpose.Sampling, 3, 12)]
    public void Create_AnyKeyPartDiffers_SequenceDiffers(ulong seed, StreamPurpose purpose, long generation, long row)
    {
        var reference = RandomStream.Create(7, StreamPurpose.Sampling, 3, 11);
        var other = RandomStream.Create(seed, purpose, generation, row);
        int equal = 0;
        for (int i = 0; i < 32; i++)
        {
            equal += reference.NextUInt64() == other.NextUInt64() ? 1 : 0;
        }
        Assert.That(equal, Is.Zero);
    }

    [Test]
    public void NextInt_ManyDraws_UniformWithinRange()
    {
        var random = RandomStream.Create(1, StreamPurpose.Sampling, 0, 0);
        var counts = new int[7];
        const int Draws = 70_000;
        for (int i = 0; i < Draws; i++)
        {
            counts[random.NextInt(7)]++;
        }
        // Each bucket expects 10,000 with standard deviation ≈ 93: 5 sigma bounds.
        Assert.That(counts, Has.All.InRange(9_535, 10_465));
    }

    [Test]
    public void NextInt_InclusiveRange_HitsBothEnds()
    {
        var random = RandomStream.Create(2, StreamPurpose.Sampling, 0, 0);
        bool low = false, high = false;
        for (int i = 0; i < 1000; i++)
        {
            int v = random.NextInt(-3, 3);
            Assert.That(v, Is.InRange(-3, 3));
            low |= v == -3;
            high |= v == 3;
        }
        Assert.That(low && high, Is.True);
    }

    [Test]
    public void NextDouble_ManyDraws_InUnitIntervalWithMeanHalf()
    {
        var random = RandomStream.Create(3, StreamPurpose.Sampling, 0, 0);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double v = random.NextDouble();
            Assert.That(v, Is.GreaterThanOrEqualTo(0).And.LessThan(1));
            sum += v;
        }
        Assert.That(sum / 100_000, Is.EqualTo(0.5).Within(0.005));
    }

    [Test]
    public void NextGaussian_ManyDraws_MeanZeroVarianceOne()
    {
        var random = RandomStream.Create(4, StreamPurpose.Sampling, 0, 0);
        double sum = 0, squares = 0;
        const int N = 200_000;
        for (int i = 0; i < N; i++)
        {
            double v = random.NextGaussian();
            sum += v;
            squares += v * v;
        }
        Assert.That(sum / N, Is.EqualTo(0).Within(0.01));
        Assert.That(squares / N, Is.EqualTo(1).Within(0.02));
    }

    // Both deviates of a polar round must be standard normal and independent of each other: mean 0, variance 1, and no
    // correlation between them or between their squares.
    [Test]
    public void NextGaussianPair_ManyDraws_BothStandardNormalAndUncorrelated()
    {
        var random = RandomStream.Create(6, StreamPurpose.Sampling, 0, 0);
        const int N = 200_000;
        double sumA = 0, sumB = 0, squaresA = 0, squaresB = 0, products = 0, squareProducts = 0;
        for (int i = 0; i < N; i++)
        {
            double a = random.NextGaussianPair(out double b);
            sumA += a;
            sumB += b;
            squaresA += a * a;
            squaresB += b * b;
            products += a * b;
            squareProducts += a * a * b * b;
        }
        Assert.Multiple(() =>
        {
            Assert.That(sumA / N, Is.EqualTo(0).Within(0.01));
            Assert.That(sumB / N, Is.EqualTo(0).Within(0.01));
            Assert.That(squaresA / N, Is.EqualTo(1).Within(0.02));
            Assert.That(squaresB / N, Is.EqualTo(1).Within(0.02));
            Assert.That(products / N, Is.EqualTo(0).Within(0.01), "E[ab]");
            // For independent standard normals E[a²b²] = 1 (for b = ±a it would be 3).
            Assert.That(squareProducts / N, Is.EqualTo(1).Within(0.05), "E[a²b²]");
        });
    }

    [Test]
    public void NextInt_NonPositiveCount_Throws()
    {
        var random = RandomStream.Create(5, StreamPurpose.Sampling, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextInt(0));
    }
}
