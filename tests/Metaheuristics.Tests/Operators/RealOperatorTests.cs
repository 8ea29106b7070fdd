using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.Operators;

public sealed class RealOperatorTests
{
    private static IEnumerable<IRealCrossover> Crossovers() =>
        [new SimulatedBinaryCrossover(2), new SimulatedBinaryCrossover(20), new SimulatedBinaryCrossover(20, spread: SbxSpread.LowerSideForBoth),
         new BlendCrossover(0.5), new ArithmeticCrossover(),
         new UniformCrossover(), PointCrossover.OnePoint, PointCrossover.TwoPoint];

    private static IEnumerable<IRealMutation> Mutations() =>
        [new PolynomialMutation(5), new PolynomialMutation(20), new GaussianMutation(0.5), new UniformMutation()];

    [TestCaseSource(nameof(Crossovers))]
    public void Cross_ParentsNearBounds_ChildrenStayWithinBounds(IRealCrossover crossover)
    {
        double[] lower = [-1, 0, 10, -5, 0];
        double[] upper = [1, 0.001, 20, 5, 1];
        var child1 = new double[5];
        var child2 = new double[5];
        for (int trial = 0; trial < 2000; trial++)
        {
            var random = RandomStream.Create(1, StreamPurpose.Crossover, 0, trial);
            double[] parent1 = [.. lower.Select((l, i) => random.NextDouble(l, upper[i]))];
            double[] parent2 = [.. lower.Select((l, i) => i % 2 == 0 ? l : upper[i])];
            crossover.Cross(parent1, parent2, child1, child2, lower, upper, ref random);
            for (int i = 0; i < 5; i++)
            {
                Assert.That(child1[i], Is.InRange(lower[i], upper[i]));
                Assert.That(child2[i], Is.InRange(lower[i], upper[i]));
            }
        }
    }

    [TestCaseSource(nameof(Mutations))]
    public void Mutate_AnyGene_StaysWithinBounds(IRealMutation mutation)
    {
        double[] lower = [-1, 0, 10];
        double[] upper = [1, 0.001, 20];
        for (int trial = 0; trial < 3000; trial++)
        {
            var random = RandomStream.Create(2, StreamPurpose.Mutation, 0, trial);
            double[] genes = [lower[0], upper[1], random.NextDouble(10, 20)];
            mutation.Mutate(genes, lower, upper, 1.0, ref random);
            for (int i = 0; i < 3; i++)
            {
                Assert.That(genes[i], Is.InRange(lower[i], upper[i]));
            }
        }
    }

    [TestCase(2)]
    [TestCase(2.5)]
    [TestCase(20)]
    public void SimulatedBinaryCrossover_FarBounds_SpreadFactorFollowsItsDistribution(double eta)
    {
        // Deb & Agrawal: the spread β = |c1 − c2| / |p1 − p2| has density 0.5(η+1)β^η on [0, 1], so half the
        // draws contract (β < 1) and those have mean (η + 1)/(η + 2).
        var crossover = new SimulatedBinaryCrossover(eta, variableProbability: 1);
        double[] lower = [-1e6], upper = [1e6];
        var child1 = new double[1];
        var child2 = new double[1];
        int contracting = 0;
        double contractingSum = 0;
        const int N = 100_000;
        for (int trial = 0; trial < N; trial++)
        {
            var random = RandomStream.Create(3, StreamPurpose.Crossover, 0, trial);
            crossover.Cross([0.0], [1.0], child1, child2, lower, upper, ref random);
            double beta = Math.Abs(child1[0] - child2[0]);
            if (beta < 1)
            {
                contracting++;
                contractingSum += beta;
            }
        }
        Assert.That(contracting / (double)N, Is.EqualTo(0.5).Within(0.01));
        Assert.That(contractingSum / contracting, Is.EqualTo((eta + 1) / (eta + 2)).Within(0.01));
    }

    // Parents 0.9 and 0.99 in [0, 1]: the upper bound is near. Sharing the lower side's spread keeps the children
    // symmetric about the mean 0.945 and clamps the upper child at 1 when it would pass it; truncating each side at its
    // own bound draws the upper child from a distribution that stops at 1, so the pair is not symmetric.
    [Test]
    public void SimulatedBinaryCrossover_NearTheUpperBound_LowerSideForBothKeepsTheMeanUnlessClamped()
    {
        double[] lower = [0], upper = [1];
        var child1 = new double[1];
        var child2 = new double[1];
        int clamped = 0, asymmetric = 0;
        const int N = 20_000;
        foreach (SbxSpread spread in new[] { SbxSpread.LowerSideForBoth, SbxSpread.PerSide })
        {
            var crossover = new SimulatedBinaryCrossover(20, variableProbability: 1, spread);
            for (int trial = 0; trial < N; trial++)
            {
                var random = RandomStream.Create(5, StreamPurpose.Crossover, 0, trial);
                crossover.Cross([0.9], [0.99], child1, child2, lower, upper, ref random);
                double low = Math.Min(child1[0], child2[0]), high = Math.Max(child1[0], child2[0]);
                bool symmetric = Math.Abs(low + high - 1.89) < 1e-12;
                if (spread == SbxSpread.LowerSideForBoth)
                {
                    Assert.That(symmetric || high == 1, Is.True, $"trial {trial}: {low}, {high}");
                    clamped += high == 1 ? 1 : 0;
                }
                else
                {
                    asymmetric += symmetric ? 0 : 1;
                }
            }
        }
        Assert.That(clamped, Is.GreaterThan(N / 1000), "some upper children pass the bound and are clamped (143 of 20,000 here)");
        Assert.That(asymmetric, Is.GreaterThan(N / 2), "per-side truncation moves the pair's mean");
    }

    [Test]
    public void SimulatedBinaryCrossover_UndefinedSpread_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatedBinaryCrossover(20, spread: (SbxSpread)9));

    [TestCase(5)]
    [TestCase(7.5)]
    [TestCase(20)]
    public void PolynomialMutation_MidRange_MeanStepMatchesDistributionIndex(double eta)
    {
        // Density 0.5(η+1)(1 − |δ|)^η gives E|δ| = 1/(η + 2) (δ relative to the range), far from the bounds.
        var mutation = new PolynomialMutation(eta);
        double[] lower = [0], upper = [1];
        double sum = 0;
        const int N = 100_000;
        for (int trial = 0; trial < N; trial++)
        {
            var random = RandomStream.Create(4, StreamPurpose.Mutation, 0, trial);
            double[] genes = [0.5];
            mutation.Mutate(genes, lower, upper, 1.0, ref random);
            sum += Math.Abs(genes[0] - 0.5);
        }
        Assert.That(sum / N, Is.EqualTo(1 / (eta + 2)).Within(0.05 / (eta + 2)));
    }

    [TestCaseSource(nameof(Crossovers))]
    public void Cross_SameStream_SameChildren(IRealCrossover crossover)
    {
        double[] lower = [0, 0, 0], upper = [1, 1, 1];
        double[] parent1 = [0.1, 0.5, 0.9], parent2 = [0.8, 0.2, 0.3];
        var a = new double[3];
        var b = new double[3];
        var c = new double[3];
        var d = new double[3];
        var first = RandomStream.Create(5, StreamPurpose.Crossover, 2, 2);
        var second = RandomStream.Create(5, StreamPurpose.Crossover, 2, 2);
        crossover.Cross(parent1, parent2, a, b, lower, upper, ref first);
        crossover.Cross(parent1, parent2, c, d, lower, upper, ref second);
        Assert.That((a, b), Is.EqualTo((c, d)));
    }

    [Test]
    public void IntegerOperators_StayWithinBoundsAndInteger()
    {
        int[] lower = [-3, 0, 5], upper = [3, 1, 5];
        IIntegerCrossover[] crossovers = [new SimulatedBinaryCrossover(5), new UniformCrossover(), PointCrossover.TwoPoint];
        IIntegerMutation[] mutations = [new PolynomialMutation(5), new UniformMutation(), new CreepMutation(2)];
        var child1 = new int[3];
        var child2 = new int[3];
        for (int trial = 0; trial < 1000; trial++)
        {
            var random = RandomStream.Create(6, StreamPurpose.Crossover, 0, trial);
            crossovers[trial % 3].Cross([-3, 0, 5], [3, 1, 5], child1, child2, lower, upper, ref random);
            mutations[trial % 3].Mutate(child1, lower, upper, 1.0, ref random);
            for (int i = 0; i < 3; i++)
            {
                Assert.That(child1[i], Is.InRange(lower[i], upper[i]));
                Assert.That(child2[i], Is.InRange(lower[i], upper[i]));
            }
        }
    }
}
