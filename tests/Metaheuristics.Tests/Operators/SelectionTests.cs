using Metaheuristics.Operators.Selection;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.Operators;

public sealed class SelectionTests
{
    private static int[] Histogram(ISelection selection, double[] weights, int draws)
    {
        var counts = new int[weights.Length];
        var chosen = new int[draws];
        var random = RandomStream.Create(1, StreamPurpose.Selection, 0, 0);
        selection.Select(new SelectionPool(weights.Length, weights), chosen, ref random);
        foreach (int rank in chosen)
        {
            counts[rank]++;
        }
        return counts;
    }

    [Test]
    public void Tournament_Size2_BestRankChosenWithProbability2nMinus1OverNSquared()
    {
        // Rank 0 wins unless both contestants are others: P = 1 − ((n−1)/n)² = 19/100 for n = 10.
        int[] counts = Histogram(new TournamentSelection(2), new double[10], 100_000);
        Assert.That(counts[0] / 100_000.0, Is.EqualTo(0.19).Within(0.005));
        Assert.That(counts[9] / 100_000.0, Is.EqualTo(0.01).Within(0.002));
    }

    [Test]
    public void RouletteAndSus_ChooseProportionallyToWeight()
    {
        double[] weights = [4, 3, 2, 1, 0];
        foreach (ISelection selection in new ISelection[] { new RouletteWheelSelection(), new StochasticUniversalSampling() })
        {
            int[] counts = Histogram(selection, weights, 100_000);
            Assert.That(counts[0] / 100_000.0, Is.EqualTo(0.4).Within(0.01), selection.GetType().Name);
            Assert.That(counts[3] / 100_000.0, Is.EqualTo(0.1).Within(0.01), selection.GetType().Name);
            Assert.That(counts[4], Is.Zero, selection.GetType().Name);
        }
    }

    [Test]
    public void StochasticUniversalSampling_ExpectedCountsWithinOne()
    {
        double[] weights = [5, 3, 1, 1];
        int[] counts = Histogram(new StochasticUniversalSampling(), weights, 20);
        Assert.That(counts, Is.EqualTo(new[] { 10, 6, 2, 2 }));
    }

    [Test]
    public void LinearRank_Pressure2_BestTwiceTheAverageWorstNever()
    {
        int[] counts = Histogram(new LinearRankSelection(2), new double[10], 100_000);
        Assert.That(counts[0] / 100_000.0, Is.EqualTo(0.2).Within(0.005));
        Assert.That(counts[9], Is.LessThan(100));
    }

    [Test]
    public void Truncation_OnlyTheTopFractionBreeds()
    {
        int[] counts = Histogram(new TruncationSelection(0.3), new double[10], 30_000);
        Assert.That(counts[..3], Has.All.InRange(9_500, 10_500));
        Assert.That(counts[3..], Has.All.Zero);
    }
}
