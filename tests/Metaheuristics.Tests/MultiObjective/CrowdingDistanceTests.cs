using Metaheuristics.MultiObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.MultiObjective;

public sealed class CrowdingDistanceTests
{
    [Test]
    public void Compute_FourPointFront_HandComputedDistances()
    {
        // (0, 4), (1, 2), (2, 1), (4, 0): both ranges are 4; (1, 2) has gaps 2/4 in f₁ and 3/4 in f₂, (2, 1) 3/4 and 2/4.
        double[] matrix = [2, 1, 0, 4, 4, 0, 1, 2];
        var distances = new double[4];
        new CrowdingDistance(4).Compute(matrix, 2, [0, 1, 2, 3], distances);
        Assert.That(distances, Is.EqualTo(new[] { 1.25, double.PositiveInfinity, double.PositiveInfinity, 1.25 }));
    }

    // The form that starts from the non-dominated sort's order must give the sorting form's distances bit for bit,
    // duplicates and ties included (they decide which duplicate gets the infinite extreme).
    [TestCase(2)]
    [TestCase(3)]
    public void Compute_FromTheSortsLexicographicOrder_EqualsTheSortingFormBitForBit(int objectives)
    {
        var sorting = new NonDominatedSorting(150);
        var crowding = new CrowdingDistance(150);
        for (int trial = 0; trial < 1000; trial++)
        {
            var random = RandomStream.Create(11, StreamPurpose.Sampling, objectives, trial);
            (double[] matrix, int[] rows) = RandomPoints(objectives, trial, ref random);
            int n = rows.Length;
            var ranks = new int[n];
            int fronts = sorting.Sort(matrix, objectives, rows, ranks);
            int[] lexicographic = sorting.LexicographicOrder.ToArray();
            for (int rank = 0; rank < fronts; rank++)
            {
                // The front in position order, and its lexicographic order as positions into it, ties reversed.
                int[] positions = Enumerable.Range(0, n).Where(p => ranks[p] == rank).ToArray();
                int[] front = positions.Select(p => rows[p]).ToArray();
                int[] order = lexicographic.Where(p => ranks[p] == rank).Select(p => Array.IndexOf(positions, p)).ToArray();
                ReverseTies(order, front, matrix, objectives);
                var expected = new double[front.Length];
                var actual = new double[front.Length];
                crowding.Compute(matrix, objectives, front, expected);
                crowding.Compute(matrix, objectives, front, order, actual);
                Assert.That(actual, Is.EqualTo(expected), $"trial {trial}, front {rank}");
            }
        }
    }

    // A subset's distances from the superset's orders filtered down to it (what NSGA-II does for the survivors of the
    // cut front) must equal the sorting form's bit for bit, whatever order the subset lists its points in.
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public void ComputeFromOrders_FilteredFromASupersetsLastOrders_EqualsTheSortingFormBitForBit(int objectives)
    {
        var crowding = new CrowdingDistance(150);
        for (int trial = 0; trial < 1000; trial++)
        {
            var random = RandomStream.Create(12, StreamPurpose.Sampling, objectives, trial);
            (double[] matrix, int[] superset) = RandomPoints(objectives, trial, ref random);
            int n = superset.Length;
            crowding.Compute(matrix, objectives, superset, new double[n]);
            // A random subset of the superset's positions, listed in a random order.
            int[] chosen = Enumerable.Range(0, n).Where(_ => random.NextInt(3) != 0).ToArray();
            random.Shuffle(chosen.AsSpan());
            int[] subset = chosen.Select(p => superset[p]).ToArray();
            var orders = new List<int>();
            for (int k = 0; k < objectives; k++)
            {
                orders.AddRange(crowding.LastOrder(k).ToArray().Where(p => chosen.Contains(p)).Select(p => Array.IndexOf(chosen, p)));
            }
            var expected = new double[subset.Length];
            var actual = new double[subset.Length];
            crowding.Compute(matrix, objectives, subset, expected);
            crowding.ComputeFromOrders(matrix, objectives, subset, orders.ToArray(), actual);
            Assert.That(actual, Is.EqualTo(expected), $"trial {trial}");
        }
    }

    [Test]
    public void LastOrder_IsEachObjectivesSortedOrderWithTiesInPositionOrder()
    {
        // f₁: 2, 0, 2, 1 → positions 1, 3, 0, 2 (the tie 0, 2 in position order); f₂: 5, 5, 4, 6 → 2, 0, 1, 3.
        double[] matrix = [2, 5, 0, 5, 2, 4, 1, 6];
        var crowding = new CrowdingDistance(4);
        crowding.Compute(matrix, 2, [0, 1, 2, 3], new double[4]);
        Assert.Multiple(() =>
        {
            Assert.That(crowding.LastOrder(0).ToArray(), Is.EqualTo(new[] { 1, 3, 0, 2 }));
            Assert.That(crowding.LastOrder(1).ToArray(), Is.EqualTo(new[] { 2, 0, 1, 3 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => crowding.LastOrder(2));
        });
    }

    [Test]
    public void ComputeFromOrders_OrdersOfTheWrongLength_Throws()
    {
        var crowding = new CrowdingDistance(4);
        Assert.Throws<ArgumentException>(() => crowding.ComputeFromOrders(new double[8], 2, [0, 1, 2, 3], [0, 1, 2, 3], new double[4]));
    }

    [Test]
    public void Compute_FromAnOrderOfPointsThatAreNoFront_FallsBackToSorting()
    {
        // (0, 0) dominates the rest, so f₂ does not fall along the lexicographic order.
        double[] matrix = [0, 0, 1, 3, 2, 1, 3, 2];
        var expected = new double[4];
        var actual = new double[4];
        var crowding = new CrowdingDistance(4);
        crowding.Compute(matrix, 2, [0, 1, 2, 3], expected);
        crowding.Compute(matrix, 2, [0, 1, 2, 3], [0, 1, 2, 3], actual);
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Compute_OrderOfTheWrongLength_Throws()
    {
        var crowding = new CrowdingDistance(4);
        Assert.Throws<ArgumentException>(() => crowding.Compute(new double[8], 2, [0, 1, 2, 3], [0, 1], new double[4]));
    }

    /// <summary>
    /// 1–149 random points, with few distinct values in two trials of three (so ties and duplicates are common), and
    /// their rows in a shuffled order.
    /// </summary>
    private static (double[] Matrix, int[] Rows) RandomPoints(int objectives, int trial, ref RandomStream random)
    {
        int n = random.NextInt(1, 150);
        int levels = trial % 3 == 0 ? 1_000_000 : random.NextInt(1, 8);
        var matrix = new double[n * objectives];
        for (int i = 0; i < matrix.Length; i++)
        {
            matrix[i] = random.NextInt(levels) / 7.0;
        }
        int[] rows = Enumerable.Range(0, n).ToArray();
        random.Shuffle(rows.AsSpan());
        return (matrix, rows);
    }

    private static void ReverseTies(int[] order, int[] front, double[] matrix, int m)
    {
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && matrix.AsSpan(front[order[end]] * m, m).SequenceEqual(matrix.AsSpan(front[order[start]] * m, m)))
            {
                end++;
            }
            Array.Reverse(order, start, end - start);
            start = end;
        }
    }
}
