using Metaheuristics.MultiObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.MultiObjective;

public sealed class CrowdingPruningTests
{
    [Test]
    public void Prune_ClusteredLine_KeepsThePointsAOneShotCutLoses()
    {
        // Along f₂ = 1 − f₁ at f₁ = 0, 0.1, 0.12, 0.5, 0.53, 1 the distances are ∞, 0.24, 0.8, 0.82, 1, ∞. A one-shot cut
        // to four drops 0.1 and 0.12 and leaves the gap 0–0.5; removing 0.1 first widens 0.12's gap to 1.0, so 0.5 goes.
        double[] f1 = [0, 0.1, 0.12, 0.5, 0.53, 1];
        double[] matrix = f1.SelectMany(x => new[] { x, 1 - x }).ToArray();
        int[] front = [0, 1, 2, 3, 4, 5];
        var kept = new int[4];
        Prune(matrix, 2, front, kept);
        Assert.That(kept, Is.EqualTo(new[] { 0, 2, 4, 5 }));
    }

    // Removing one point at a time and crowding the rest from scratch is the definition; the pruning's neighbour
    // updates must choose the same points, ties and duplicates included. From 2M points kept up, no extreme is ever
    // removed, so both normalize by the same ranges and the distances agree bit for bit.
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public void Prune_RandomFronts_KeepsWhatRemovingTheMostCrowdedOneAtATimeKeeps(int objectives)
    {
        for (int trial = 0; trial < 400; trial++)
        {
            var random = RandomStream.Create(13, StreamPurpose.Sampling, objectives, trial);
            int n = random.NextInt(2 * objectives, 120);
            int levels = trial % 3 == 0 ? 1_000_000 : random.NextInt(1, 8);
            var matrix = new double[n * objectives];
            for (int i = 0; i < matrix.Length; i++)
            {
                matrix[i] = random.NextInt(levels) / 7.0;
            }
            int[] front = Enumerable.Range(0, n).ToArray();
            random.Shuffle(front.AsSpan());
            int keep = random.NextInt(2 * objectives, n);
            var kept = new int[keep];
            Prune(matrix, objectives, front, kept);
            Assert.That(kept, Is.EqualTo(OneAtATime(matrix, objectives, front, keep)), $"trial {trial}, {n} points, {keep} kept");
        }
    }

    [Test]
    public void Prune_KeepingMoreThanTheFront_Throws()
    {
        var crowding = new CrowdingDistance(3);
        double[] matrix = [0, 2, 1, 1, 2, 0];
        crowding.Compute(matrix, 2, [0, 1, 2], new double[3]);
        Assert.Throws<ArgumentException>(() => new CrowdingPruning(3).Prune(matrix, 2, [0, 1, 2], crowding.LastOrders, new int[4]));
    }

    private static void Prune(double[] matrix, int objectives, int[] front, int[] kept)
    {
        var crowding = new CrowdingDistance(front.Length);
        crowding.Compute(matrix, objectives, front, new double[front.Length]);
        new CrowdingPruning(front.Length).Prune(matrix, objectives, front, crowding.LastOrders, kept);
    }

    /// <summary>The positions kept when the most crowded point (ties: the larger row) is removed and the rest crowded anew.</summary>
    private static int[] OneAtATime(double[] matrix, int objectives, int[] front, int keep)
    {
        var remaining = Enumerable.Range(0, front.Length).ToList();
        var crowding = new CrowdingDistance(front.Length);
        while (remaining.Count > keep)
        {
            int[] rows = remaining.Select(p => front[p]).ToArray();
            var distances = new double[rows.Length];
            crowding.Compute(matrix, objectives, rows, distances);
            int worst = 0;
            for (int i = 1; i < rows.Length; i++)
            {
                if (distances[i] < distances[worst] || distances[i] == distances[worst] && rows[i] > rows[worst])
                {
                    worst = i;
                }
            }
            remaining.RemoveAt(worst);
        }
        return remaining.ToArray();
    }
}
